using Ektu.Qa.Identity;
using Ektu.Qa.InformationManagement.Audits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Audits;

/// <summary>
/// One audit: its next step, the checklist (questions, answers, evidence), findings and the CAPA item of each
/// nonconformity, the edit of the plan while it runs, and the Word report.
/// </summary>
[Authorize(InformationManagementPermissions.Audits.Default)]
internal sealed class DetailsModel(IAuditAppService audits, IIdentityIntegrationService identity, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public SaveAuditInput Input { get; set; } = new();
    [BindProperty] public SaveChecklistItemInput Item { get; set; } = new();
    [BindProperty] public Guid ItemId { get; set; }
    [BindProperty] public SaveFindingInput Finding { get; set; } = new();
    [BindProperty] public RaiseCapaInput Capa { get; set; } = new();
    [BindProperty] public Guid FindingId { get; set; }
    [BindProperty] public AuditState To { get; set; }
    [BindProperty] public int Version { get; set; }

    public AuditDetailsDto Details { get; private set; } = null!;
    public AuditForm Form { get; private set; } = null!;
    public IReadOnlyList<UserSummary> Owners { get; private set; } = [];
    public AuditState? Next { get; private set; }
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct, fillForm: true);
        return Page();
    });

    public Task<IActionResult> OnGetReportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var f = await audits.GetReportAsync(Id, ct);
        return File(f.Content, f.ContentType, f.FileName);
    });

    /// <summary>"Export to Excel" of the checklist.</summary>
    public Task<IActionResult> OnGetExportChecklistAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<ChecklistItemDto>("audit-checklist", L["InformationManagement:Audits.Checklist"], new ExcelColumn<ChecklistItemDto>[]
        {
            new("№", q => q.Seq),
            new(L["InformationManagement:Audits.Question"], q => q.Question),
            new(L["InformationManagement:Audits.Answer"], q => q.Answer),
            new(L["InformationManagement:Audits.Evidence"], q => q.Evidence),
        }, (await audits.GetAsync(Id, ct)).Checklist));

    public Task<IActionResult> OnPostMoveAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => audits.MoveAsync(Id, To, Version, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostEditAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => audits.UpdateAsync(Id, Input, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostQuestionAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => audits.AddQuestionAsync(Id, Item, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => audits.AnswerAsync(Id, ItemId, Item, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostFindingAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => audits.AddFindingAsync(Id, Finding, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostCapaAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => audits.RaiseCapaAsync(Id, FindingId, Capa, ct), Back, () => LoadAsync(ct));

    /// <summary>The label of the button that moves an audit to <paramref name="to"/>.</summary>
    public string MoveKey(AuditState to) => "InformationManagement:Audits.MoveTo." + to;

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Audits/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct, bool fillForm = false)
    {
        Details = await audits.GetAsync(Id, ct);
        var a = Details.Audit;
        CanManage = await user.HasPermissionAsync(InformationManagementPermissions.Audits.Manage);
        Next = AuditRules.Next(a.State);
        if (fillForm)
            Input = new SaveAuditInput
            {
                PlanYear = a.PlanYear, Kind = a.Kind, Title = a.Title, Criteria = a.Criteria, UnitId = a.UnitId, StartsOn = a.StartsOn,
                EndsOn = a.EndsOn, LeadAuditorId = a.LeadAuditorId, TeamIds = [.. a.TeamIds], Version = a.Version,
            };
        Form = new AuditForm
        {
            Input = Input, Units = [], Editing = true, Auditors = CanManage ? await AuditForm.AuditorsAsync(identity, ct) : [],
        };
        Owners = CanManage ? (await identity.GetMembersAsync(a.UnitId, ct)).OrderBy(u => u.FullName).ToList() : [];
    }
}
