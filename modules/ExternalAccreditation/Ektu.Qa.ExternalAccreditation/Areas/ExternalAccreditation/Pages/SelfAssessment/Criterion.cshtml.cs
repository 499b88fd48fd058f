using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.ExternalAccreditation.SelfAssessment;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.SelfAssessment;

/// <summary>One criterion of a self-assessment: its narrative in three languages, the linked evidence, a search to link more.</summary>
[Authorize(ExternalAccreditationPermissions.Readiness.Default)]
internal sealed class CriterionModel(ISelfAssessmentAppService selfAssessments, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid CriterionId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public int? EsgStandard { get; set; }
    [BindProperty] public SaveNarrativeInput Narrative { get; set; } = new();
    [BindProperty] public Guid EvidenceId { get; set; }

    public SelfAssessmentDto SelfAssessment { get; private set; } = null!;
    public SaCriterionStateDto State { get; private set; } = null!;
    public IReadOnlyList<EvidenceDocumentDto> Found { get; private set; } = [];
    public bool CanManage { get; private set; }

    protected override string FieldPrefix => "Narrative.";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Narrative = new SaveNarrativeInput();
        return Page();
    });

    public Task<IActionResult> OnPostNarrativeAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => selfAssessments.SaveNarrativeAsync(Id, CriterionId, Narrative, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostLinkAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => selfAssessments.LinkEvidenceAsync(Id, CriterionId, EvidenceId, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostUnlinkAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => selfAssessments.UnlinkEvidenceAsync(Id, CriterionId, EvidenceId, ct), Back, () => LoadAsync(ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/SelfAssessment/Criterion", new { id = Id, criterionId = CriterionId });

    private async Task LoadAsync(CancellationToken ct)
    {
        var details = await selfAssessments.GetAsync(Id, ct);
        SelfAssessment = details.SelfAssessment;
        State = details.Criteria.FirstOrDefault(c => c.CriterionId == CriterionId)
            ?? throw new Kernel.Errors.EntityNotFoundException("SaCriterion", CriterionId);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Readiness.Manage);
        // The search starts from the criterion's ESG standard, so the documents that serve it come first.
        // An address edited by hand (an ESG number out of range, an overlong text) searches what is left, not an error.
        EsgStandard = EsgStandard is >= 1 and <= 10 ? EsgStandard : State.EsgStandard;
        if (Text?.Length > ExternalAccreditationConsts.TitleMax) Text = Text[..ExternalAccreditationConsts.TitleMax];
        if (CanManage) Found = await selfAssessments.SearchEvidenceAsync(new EvidenceSearch { Text = Text, EsgStandard = EsgStandard }, ct);
    }
}
