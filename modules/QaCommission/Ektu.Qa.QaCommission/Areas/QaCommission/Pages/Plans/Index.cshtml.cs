using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.Workflow.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.QaCommission.Areas.QaCommission.Pages.Plans;

/// <summary>
/// A commission's annual work plans (lines, submission to the approval process, its status and link) and the
/// monitoring calendar plan (events per programme / course, done flag, overdue highlighted) as two tabs.
/// </summary>
[Authorize(QaCommissionPermissions.Commissions.Default)]
internal sealed class IndexModel(
    IPlanAppService plans, ICommissionAppService commissions, ICurrentUser user, QaCommissionCalendar calendar,
    IProgrammeIntegrationService programmes) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    [BindProperty] public int AcademicYear { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SaveWorkPlanItemInput Item { get; set; } = new();
    [BindProperty] public SaveMonitoringEventInput Event { get; set; } = new();

    public CommissionDto? Commission { get; private set; }
    public IReadOnlyList<WorkPlanDto> Plans { get; private set; } = [];
    public IReadOnlyList<MonitoringEventDto> Events { get; private set; } = [];

    /// <summary>The register's programmes of the commission's school, to show linked events and to pick from.</summary>
    public IReadOnlyDictionary<Guid, ProgrammeDto> Programmes { get; private set; } = new Dictionary<Guid, ProgrammeDto>();

    /// <summary>The ones a new check may be planned on: not closed or suspended.</summary>
    public IEnumerable<ProgrammeDto> PlannableProgrammes =>
        Programmes.Values.Where(p => p.Status is not (ProgrammeStatus.Closed or ProgrammeStatus.Suspended));
    public bool CanOpenProgrammes { get; private set; }
    public bool CanManage { get; private set; }
    public bool CanSeeInstances { get; private set; }
    public DateOnly Today { get; private set; }

    public bool CalendarTab => string.Equals(Tab, "calendar", StringComparison.OrdinalIgnoreCase);

    // A refused post's field errors go beside the fields of the form that sent it: the item form binds Item.*, the
    // calendar's form Event.*, the year form a top-level property.
    private string _fieldPrefix = "";

    protected override string FieldPrefix => _fieldPrefix;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostCreatePlanAsync(CancellationToken ct) => RunAsync(() => plans.CreatePlanAsync(Id, AcademicYear, ct));

    public Task<IActionResult> OnPostAddItemAsync(Guid planId, CancellationToken ct)
    {
        _fieldPrefix = "Item.";
        return RunAsync(() => plans.AddItemAsync(planId, Item, ct));
    }

    public Task<IActionResult> OnPostSubmitAsync(Guid planId, CancellationToken ct) =>
        RunAsync(() => plans.SubmitForApprovalAsync(planId, Version, ct));

    public Task<IActionResult> OnPostReopenAsync(Guid planId, CancellationToken ct) =>
        RunAsync(() => plans.SetStatusAsync(planId, WorkPlanStatus.Draft, null, Version, ct));

    public Task<IActionResult> OnPostAddEventAsync(CancellationToken ct)
    {
        _fieldPrefix = "Event.";
        return RunAsync(() => plans.AddEventAsync(Id, Event, ct), "calendar");
    }

    public Task<IActionResult> OnPostEventDoneAsync(Guid eventId, bool done, CancellationToken ct) =>
        RunAsync(() => plans.SetEventDoneAsync(eventId, done, Version, ct), "calendar");

    public Task<IActionResult> OnPostRemoveEventAsync(Guid eventId, CancellationToken ct) =>
        RunAsync(() => plans.RemoveEventAsync(eventId, Version, ct), "calendar");

    /// <summary>"Export to Excel" of the open tab: the calendar's events, or every plan's lines.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await commissions.GetAsync(Id, ct);
        if (CalendarTab)
        {
            var today = calendar.Today;
            return new ExcelFileResult<MonitoringEventDto>("monitoring-calendar", L["QaCommission:Plans.Calendar"],
                new ExcelColumn<MonitoringEventDto>[]
            {
                new(L["QaCommission:Plans.Programme"], e => e.Programme),
                new(L["QaCommission:Plans.Course"], e => e.Course),
                new(L["QaCommission:Plans.Event"], e => e.Title),
                new(L["QaCommission:Plans.Responsible"], e => e.Responsible),
                new(L["QaCommission:Plans.StartsOn"], e => e.StartsOn),
                new(L["QaCommission:Plans.EndsOn"], e => e.EndsOn),
                new(L["QaCommission:Plans.Done"], e => e.DoneOn),
                new(L["QaCommission:Plans.Overdue"], e => IsOverdue(e, today) ? L["App:Yes"].Value : ""),
            }, await plans.GetEventsAsync(Id, ct));
        }
        var rows = (await plans.GetPlansAsync(Id, ct)).SelectMany(p => p.Items.Select(i => (Plan: p, Item: i))).ToList();
        return new ExcelFileResult<(WorkPlanDto Plan, WorkPlanItemDto Item)>("work-plans", L["QaCommission:Plans.WorkPlans"],
            new ExcelColumn<(WorkPlanDto Plan, WorkPlanItemDto Item)>[]
        {
            new(L["QaCommission:Plans.Year"], r => r.Plan.AcademicYear),
            new(L["QaCommission:State"], r => L.Enum(r.Plan.Status)),
            new("№", r => r.Item.Seq),
            new(L["QaCommission:Plans.Topic"], r => r.Item.Title),
            new(L["QaCommission:Plans.Responsible"], r => r.Item.Responsible),
            new(L["QaCommission:Plans.Period"], r => r.Item.DueOn),
        }, rows);
    });

    public static bool IsOverdue(MonitoringEventDto e, DateOnly today) => e.DoneOn == null && e.EndsOn < today;

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task<IActionResult> RunAsync(Func<Task> action, string? tab = null)
    {
        Tab = tab;
        return await RunAndRedirectAsync(action, () => RedirectToPage("/Plans/Index", new { id = Id, tab }));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Commission = await commissions.GetAsync(Id, ct);
        Plans = await plans.GetPlansAsync(Id, ct);
        Events = await plans.GetEventsAsync(Id, ct);
        Today = calendar.Today;
        Programmes = (await programmes.GetProgrammesAsync(ct)).Where(p => p.SchoolId == Commission.SchoolUnitId).ToDictionary(p => p.Id);
        CanOpenProgrammes = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var officer = (await commissions.GetMembersAsync(Id, ct)).Any(m => m.UserId == user.Id && m.IsActive && m.Role != MemberRole.Member);
        CanManage = Commission.State == CommissionState.Active && (officer || await user.HasPermissionAsync(QaCommissionPermissions.Plans.Manage));
        CanSeeInstances = await user.HasPermissionAsync(WorkflowPermissions.Instances.Default);
        if (AcademicYear == 0) AcademicYear = Today.Month >= 9 ? Today.Year : Today.Year - 1;
    }
}
