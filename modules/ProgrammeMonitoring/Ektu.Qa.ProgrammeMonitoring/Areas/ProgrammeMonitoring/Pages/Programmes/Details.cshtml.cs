using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Approval;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Passport;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.ProgrammeMonitoring.Related;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Programmes;

/// <summary>
/// A programme: its latest version, every version with its actions (revise, approve, withdraw, propose, compare), the
/// conflicts of open proposals, the status moves open to the caller, the national register's events, and the runs through
/// the workflow engine (send a version for approval, request the register's inclusion or exclusion), and the appeals and
/// commission checks about it for callers those modules let see them.
/// </summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class DetailsModel(IProgrammeAppService programmes, IProgrammeApprovalAppService approvals, IProgrammePassportAppService passports,
    IProgrammeRelatedAppService related, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public int Number { get; set; }
    [BindProperty] public ProgrammeStatus Target { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public RegisterEventKind EventKind { get; set; }
    [BindProperty] public DateOnly? EventOn { get; set; }
    [BindProperty] public string? EventReference { get; set; }

    public ProgrammeDetailsDto Details { get; private set; } = null!;
    public IReadOnlyList<ProposalConflictDto> Conflicts { get; private set; } = [];
    public CoverageDto Coverage { get; private set; } = new([], [], []);
    public IReadOnlyList<ProgrammeStatus> Moves { get; private set; } = [];
    public IReadOnlyList<ProgrammeApprovalDto> Approvals { get; private set; } = [];
    public ProgrammeApprovalDto? Running => Approvals.FirstOrDefault(a => a.Outcome == ApprovalOutcome.Running);

    /// <summary>Null when the caller may not see appeals: the section is left out rather than counted (see the app service).</summary>
    public IReadOnlyList<AppealDto>? Appeals { get; private set; }

    /// <summary>Null when the caller may see no commission's checks.</summary>
    public IReadOnlyList<ProgrammeCheckDto>? Checks { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanSeeInstances { get; private set; }
    public bool CanApprove { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    /// <summary>The version's passport as a Word document in the language the reader picked.</summary>
    public Task<IActionResult> OnGetPassportAsync(int number, PassportLanguage language, CancellationToken ct) => TryAsync(async () =>
    {
        var file = await passports.GetAsync(Id, number, language, ct);
        return File(file.Content, file.ContentType, file.FileName);
    });

    public Task<IActionResult> OnPostMoveAsync(CancellationToken ct) =>
        Act(() => programmes.MoveAsync(Id, new StatusChangeInput(Target, Version), ct));

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => Act(() => programmes.ApproveAsync(Id, Number, ct));

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => Act(() => approvals.SubmitAsync(Id, Number, ct));

    public Task<IActionResult> OnPostRequestRegisterAsync(CancellationToken ct) => Act(() => approvals.RequestRegisterChangeAsync(Id, EventKind, ct));

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => Act(() => programmes.WithdrawAsync(Id, Number, ct));

    public Task<IActionResult> OnPostProposeAsync(CancellationToken ct) => Act(() => programmes.ProposeAsync(Id, Number, ct));

    public Task<IActionResult> OnPostRegisterAsync(CancellationToken ct) => Act(() =>
        programmes.RecordRegisterEventAsync(Id, new RegisterEventInput(EventKind, EventOn ?? Clock.Today, EventReference ?? "", Version), ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private Task<IActionResult> Act<T>(Func<Task<T>> action) => TryAsync(async () =>
    {
        await action();
        return RedirectToPage("/Programmes/Details", new { id = Id });
    });

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await programmes.GetAsync(Id, ct);
        Conflicts = await programmes.GetConflictsAsync(Id, ct);
        Approvals = await approvals.GetListAsync(Id, ct);
        Coverage = CoverageRules.Of(Details.Latest.Content);
        CanManage = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        CanApprove = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Approve);
        CanSeeInstances = await user.HasPermissionAsync(Workflow.Permissions.WorkflowPermissions.Instances.Default);
        Appeals = await user.HasPermissionAsync(ImprovementPermissions.Appeals.Default) ? await related.GetAppealsAsync(Id, ct) : null;
        try
        {
            Checks = await related.GetChecksAsync(Id, ct);
        }
        catch (QaException e) when (e.Status == 403)
        {
            Checks = null;
        }
        Moves = CanApprove ? Enum.GetValues<ProgrammeStatus>().Where(t => ProgrammeRules.CanMove(Details.Programme.Status, t)).ToList() : [];
    }
}
