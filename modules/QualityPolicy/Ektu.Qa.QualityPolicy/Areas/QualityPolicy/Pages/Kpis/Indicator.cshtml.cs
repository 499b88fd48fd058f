using System.Globalization;
using System.Text.Json;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Kpis;

/// <summary>
/// One indicator: target vs actual chart per year, and forms to set a target or record an actual; the form's year is the
/// university's current year (it flips at midnight in Almaty, not in UTC).
/// </summary>
[Authorize(QualityPolicyPermissions.Kpis.Default)]
internal sealed class IndicatorModel(IKpiAppService kpis, ICurrentUser user, IUserClock clock) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public ValueForm Input { get; set; } = new();

    public IndicatorDto Indicator { get; private set; } = new();
    public bool CanManage { get; private set; }

    /// <summary>Chart data embedded in the page: years, targets and actuals (null where missing).</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        labels = Indicator.Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture)),
        target = Indicator.Years.Select(y => y.Target),
        actual = Indicator.Years.Select(y => y.Actual),
    });

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(() => LoadAsync(ct));

    public Task<IActionResult> OnPostTargetAsync(CancellationToken ct) => SaveAsync(kpis.SetTargetAsync, ct);

    public Task<IActionResult> OnPostActualAsync(CancellationToken ct) => SaveAsync(kpis.RecordActualAsync, ct);

    private Task<IActionResult> SaveAsync(
        Func<Guid, IndicatorValueInput, CancellationToken, Task<IndicatorDto>> save, CancellationToken ct) => RunAndRedirectAsync(
        () => save(Id, new IndicatorValueInput { Year = Input.Year, Period = Input.Period, Value = ParseNumber(Input.Value),
            Version = Input.Version }, ct),
        () => RedirectToPage("/Kpis/Indicator", new { id = Id }),
        () => LoadAsync(ct, keepInput: true));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted, keepInput: true);

    private async Task<IActionResult> LoadAsync(CancellationToken ct, bool keepInput = false)
    {
        Indicator = await kpis.GetIndicatorAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(QualityPolicyPermissions.Kpis.Manage);
        if (!keepInput) Input = new ValueForm { Year = clock.Today.Year, Version = Indicator.Version };
        return Page();
    }

    /// <summary>Numbers typed with a comma (kk, ru) or a dot are both read; culture-bound binding would reject one of them.</summary>
    public static decimal? ParseNumber(string? text) =>
        decimal.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The posted value form (the number as typed).</summary>
    internal sealed class ValueForm
    {
        public int Year { get; set; }
        public string? Period { get; set; }
        public string? Value { get; set; }
        public int Version { get; set; }
    }
}
