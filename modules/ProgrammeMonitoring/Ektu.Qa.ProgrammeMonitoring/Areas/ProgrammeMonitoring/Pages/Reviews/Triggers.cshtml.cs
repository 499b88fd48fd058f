using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.ProgrammeMonitoring.Reviews;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Reviews;

/// <summary>Review triggers of the programmes in scope (the open ones first on request), a new trigger, and each open one's decision.</summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class TriggersModel(IProgrammeReviewAppService reviews, IProgrammeAppService programmes, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public bool OpenOnly { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? ProgrammeId { get; set; }
    [BindProperty] public RecordTriggerInput Input { get; set; } = new();
    [BindProperty] public Guid TriggerId { get; set; }
    [BindProperty] public DecideTriggerInput Decision { get; set; } = new();

    public IReadOnlyList<ReviewTriggerDto> Items { get; private set; } = [];
    public IReadOnlyList<ProgrammeDto> Programmes { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => reviews.RecordTriggerAsync(Input, ct), () => RedirectToPage("/Reviews/Triggers"), () => LoadAsync(ct));

    /// <summary>"Open a review" or "Close with reason" on an open trigger.</summary>
    public Task<IActionResult> OnPostDecideAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var t = await reviews.DecideTriggerAsync(TriggerId, Decision, ct);
        return t.ReviewId is { } review
            ? RedirectToPage("/Reviews/Details", new { id = review })
            : (IActionResult)RedirectToPage("/Reviews/Triggers", new { OpenOnly = true });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel": the triggers of the current filter.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<ReviewTriggerDto>("review-triggers", L["Menu:ProgrammeMonitoring.Triggers"],
        [
            new(L["ProgrammeMonitoring:Reviews.RaisedOn"], t => t.RaisedOn),
            new(L["ProgrammeMonitoring:Programme"], t => $"{t.GroupCode} {t.ProgrammeTitle}"),
            new(L["ProgrammeMonitoring:Reviews.TriggerKind"], t => L.Enum(t.Kind)),
            new(L["ProgrammeMonitoring:Reviews.Source"], t => t.Source),
            new(L["ProgrammeMonitoring:Reviews.Text"], t => t.Text),
            new(L["ProgrammeMonitoring:Reviews.Evidence"], t => t.Evidence),
            new(L["ProgrammeMonitoring:Status"], t => L.Enum(t.State)),
            new(L["ProgrammeMonitoring:Reviews.Reason"], t => t.DecisionReason),
            new(L["ProgrammeMonitoring:Reviews.DecidedOn"], t => t.DecidedOn),
        ], await reviews.GetTriggersAsync(ProgrammeId, OpenOnly, ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await reviews.GetTriggersAsync(ProgrammeId, OpenOnly, ct);
        Programmes = await programmes.GetListAsync(new ProgrammeListInput(), ct);
        CanManage = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
    }
}
