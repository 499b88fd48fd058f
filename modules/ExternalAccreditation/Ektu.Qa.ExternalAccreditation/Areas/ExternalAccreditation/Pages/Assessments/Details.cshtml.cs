using Ektu.Qa.ExternalAccreditation.Assessments;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Assessments;

/// <summary>
/// One procedure: its steps with deadlines, the current step (complete it, or record the agency's decision), the documents
/// of each step, and the improvement plan whose items are raised as CAPA items.
/// </summary>
[Authorize(ExternalAccreditationPermissions.Assessments.Default)]
internal sealed class DetailsModel(IAssessmentAppService assessments, IIdentityIntegrationService identity, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public CompleteStepInput Step { get; set; } = new();
    [BindProperty] public RecordDecisionInput Decision { get; set; } = new();
    [BindProperty] public AddPlanItemInput Plan { get; set; } = new();
    [BindProperty] public string DocumentStep { get; set; } = "";
    [BindProperty] public IFormFile? Upload { get; set; }

    public AssessmentDetailsDto Details { get; private set; } = null!;
    public bool CanManage { get; private set; }
    public Guid? Me { get; private set; }

    /// <summary>Who may own a plan item: the staff of the assessed unit and the units below it, the caller among them.</summary>
    public IReadOnlyList<UserSummary> Owners { get; private set; } = [];

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostStepAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => assessments.CompleteStepAsync(Id, Step, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostDecisionAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => assessments.RecordDecisionAsync(Id, Decision, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostPlanAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => assessments.AddPlanItemAsync(Id, Plan, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostUploadAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        await using var content = Upload?.OpenReadStream();
        await assessments.UploadAsync(Id, DocumentStep, Upload?.FileName ?? "", content, ct);
    }, Back, () => LoadAsync(ct));

    public Task<IActionResult> OnGetDownloadAsync(Guid documentId, CancellationToken ct) => TryAsync(async () =>
    {
        var f = await assessments.DownloadAsync(Id, documentId, ct);
        return File(f.Content, f.ContentType, f.FileName);
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Assessments/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await assessments.GetAsync(Id, ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Assessments.Manage);
        Me = user.Id;
        if (Plan.OwnerUserId == Guid.Empty && user.Id is { } me) Plan.OwnerUserId = me;
        if (!CanManage || !AssessmentRules.PlanOpen(Details.Assessment.State)) return;
        var owners = (await identity.GetMembersAsync(Details.Assessment.UnitId, ct)).ToList();
        if (user.Id is { } caller && owners.All(o => o.Id != caller)) owners.AddRange(await identity.GetUsersAsync([caller], ct));
        Owners = owners.OrderBy(o => o.FullName, StringComparer.CurrentCulture).ToList();
    }
}
