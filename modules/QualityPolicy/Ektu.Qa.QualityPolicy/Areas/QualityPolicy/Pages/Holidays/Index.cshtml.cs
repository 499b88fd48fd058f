using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Holidays;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Holidays;

/// <summary>The working-day calendar: holidays and transferred working days of a year; changes re-checked (Manage).</summary>
[Authorize(QualityPolicyPermissions.Holidays.Default)]
internal sealed class IndexModel(IHolidayAppService holidays, ICurrentUser user, LocalCalendar calendar) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public SaveHolidayInput Input { get; set; } = new();
    [BindProperty] public Guid RemoveId { get; set; }
    [BindProperty] public int RemoveVersion { get; set; }

    public IReadOnlyList<HolidayDto> Days { get; private set; } = [];
    public bool CanManage { get; private set; }
    public int ShownYear => Year ?? calendar.Today.Year;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(() => LoadAsync(ct));

    // The calendar opens at the added day's year, so the new row is in sight even when another year was shown.
    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) => RunAsync(() => holidays.AddAsync(Input, ct), ct, Input.Day?.Year);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) => RunAsync(() => holidays.RemoveAsync(RemoveId, RemoveVersion, ct), ct);

    /// <summary>The shown year's calendar days.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<HolidayDto>($"calendar-{ShownYear}", L["Menu:QualityPolicy.Holidays"] + " " + ShownYear,
        [
            new(L["QualityPolicy:Day"], h => h.Day),
            new(L["QualityPolicy:DayKind"], h => h.IsWorkingDay ? L["QualityPolicy:WorkingDay"].Value : L["QualityPolicy:Holiday"].Value),
            new(L["QualityPolicy:Name"], h => h.Name),
        ], await holidays.GetYearAsync(ShownYear, ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private Task<IActionResult> RunAsync(Func<Task> action, CancellationToken ct, int? year = null) =>
        RunAndRedirectAsync(action, () => RedirectToPage("/Holidays/Index", new { year = year ?? ShownYear }), () => LoadAsync(ct));

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        Days = await holidays.GetYearAsync(ShownYear, ct);
        CanManage = await user.HasPermissionAsync(QualityPolicyPermissions.Holidays.Manage);
        return Page();
    }
}
