using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.SelfAssessment;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.SelfAssessment;

/// <summary>The agencies' standards and criteria with their ESG mapping; new standards and criteria for those who edit agencies.</summary>
[Authorize(ExternalAccreditationPermissions.Readiness.Default)]
internal sealed class StandardsModel(ISelfAssessmentAppService selfAssessments, IAgencyAppService agencies, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? AgencyId { get; set; }
    [BindProperty] public SaveSaStandardInput Standard { get; set; } = new();
    [BindProperty] public SaveSaCriterionInput Criterion { get; set; } = new();

    public IReadOnlyList<SaStandardDto> Standards { get; private set; } = [];
    public IReadOnlyList<AgencyDto> Agencies { get; private set; } = [];
    public bool CanManage { get; private set; }

    private string _prefix = "Standard.";

    protected override string FieldPrefix => _prefix;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostStandardAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => selfAssessments.CreateStandardAsync(Standard, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostCriterionAsync(CancellationToken ct)
    {
        _prefix = "Criterion.";
        return RunAndRedirectAsync(() => selfAssessments.CreateCriterionAsync(Criterion, ct), Back, () => LoadAsync(ct));
    }

    /// <summary>"Export to Excel" of the criteria shown, one row per criterion with its standard.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var rows = (await selfAssessments.GetStandardsAsync(AgencyId, ct)).SelectMany(s => s.Criteria.Select(c => (Standard: s, Criterion: c)));
        return new ExcelFileResult<(SaStandardDto Standard, SaCriterionDto Criterion)>("sa-criteria",
            L["ExternalAccreditation:SelfAssessment.Standards"],
            new ExcelColumn<(SaStandardDto Standard, SaCriterionDto Criterion)>[]
            {
                new(L["ExternalAccreditation:SelfAssessment.Agency"], x => x.Standard.AgencyCode),
                new(L["ExternalAccreditation:SelfAssessment.Standard"], x => x.Standard.Code + ". " + x.Standard.Title),
                new("ESG", x => x.Standard.EsgStandard),
                new(L["ExternalAccreditation:SelfAssessment.Code"], x => x.Criterion.Code),
                new(L["ExternalAccreditation:SelfAssessment.Criterion"], x => x.Criterion.Title),
            }, rows.ToList());
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/SelfAssessment/Standards", new { agencyId = AgencyId });

    private async Task LoadAsync(CancellationToken ct)
    {
        Standards = await selfAssessments.GetStandardsAsync(AgencyId, ct);
        Agencies = await agencies.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Agencies.Manage);
    }
}
