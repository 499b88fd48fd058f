using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Reviews;

/// <summary>
/// Review cycles of the programmes in scope with their next due dates (a review or yearly monitoring is started from here,
/// a cycle changed) and the reviews held or open.
/// </summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class IndexModel(IProgrammeReviewAppService reviews, ICurrentUser user) : QaPageModel
{
    [BindProperty] public Guid ProgrammeId { get; set; }
    [BindProperty] public ReviewKind Kind { get; set; }
    [BindProperty] public SetScheduleInput Schedule { get; set; } = new();

    public IReadOnlyList<ReviewScheduleDto> Schedules { get; private set; } = [];
    public IReadOnlyList<ProgrammeReviewDto> Items { get; private set; } = [];
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "Schedule.";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var review = await reviews.StartReviewAsync(ProgrammeId, Kind, ct);
        return (IActionResult)RedirectToPage("/Reviews/Details", new { id = review.Id });
    }, () => LoadAsync(ct));

    public Task<IActionResult> OnPostScheduleAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => reviews.SetScheduleAsync(ProgrammeId, Schedule, ct), () => RedirectToPage("/Reviews/Index"), () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the reviews.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<ProgrammeReviewDto>("programme-reviews", L["Menu:ProgrammeMonitoring.Reviews"],
        [
            new(L["ProgrammeMonitoring:Programme"], r => $"{r.GroupCode} {r.ProgrammeTitle}"),
            new(L["ProgrammeMonitoring:Reviews.Kind"], r => L.Enum(r.Kind)),
            new(L["ProgrammeMonitoring:Reviews.DueOn"], r => r.DueOn),
            new(L["ProgrammeMonitoring:Status"], r => L.Enum(r.State)),
            new(L["ProgrammeMonitoring:Reviews.CompletedOn"], r => r.CompletedOn),
            new(L["ProgrammeMonitoring:Reviews.Actions"], r => r.Actions.Count),
            new(L["ProgrammeMonitoring:Reviews.ClosedWithoutEffect"], r => r.Actions.Count(a => a.ClosedWithoutEffect)),
        ], await reviews.GetReviewsAsync(null, ct)));

    /// <summary>"Export to Excel" of the review cycles.</summary>
    public Task<IActionResult> OnGetExportSchedulesAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<ReviewScheduleDto>("review-cycles", L["ProgrammeMonitoring:Reviews.Cycles"],
        [
            new(L["ProgrammeMonitoring:Programme"], s => $"{s.GroupCode} {s.ProgrammeTitle}"),
            new(L["ProgrammeMonitoring:Reviews.CycleYears"], s => s.CycleYears),
            new(L["ProgrammeMonitoring:Reviews.AnchorOn"], s => s.AnchorOn),
            new(L["ProgrammeMonitoring:Reviews.NextPeriodicDue"], s => s.NextPeriodicDue),
            new(L["ProgrammeMonitoring:Reviews.NextMonitoringDue"], s => s.NextMonitoringDue),
        ], await reviews.GetSchedulesAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Schedules = await reviews.GetSchedulesAsync(ct);
        Items = await reviews.GetReviewsAsync(null, ct);
        CanManage = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
    }
}
