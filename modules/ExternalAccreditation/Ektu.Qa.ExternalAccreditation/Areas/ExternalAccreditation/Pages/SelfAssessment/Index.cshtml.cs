using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.SelfAssessment;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.SelfAssessment;

/// <summary>Self-assessments in the caller's scope with their progress; a new one for an agency, a unit and optionally a programme.</summary>
[Authorize(ExternalAccreditationPermissions.Readiness.Default)]
internal sealed class IndexModel(ISelfAssessmentAppService selfAssessments, IAgencyAppService agencies, IProgrammeIntegrationService programmes,
    IUnitDirectory units, ICurrentUser user) : QaPageModel
{
    [BindProperty] public SaveSelfAssessmentInput Input { get; set; } = new();

    public IReadOnlyList<SelfAssessmentDto> Items { get; private set; } = [];
    public IReadOnlyList<AgencyDto> Agencies { get; private set; } = [];
    public IReadOnlyList<ProgrammeDto> Programmes { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var s = await selfAssessments.CreateAsync(Input, ct);
        return RedirectToPage("/SelfAssessment/Details", new { id = s.Id });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the self-assessments.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<SelfAssessmentDto>("self-assessments", L["Menu:ExternalAccreditation.SelfAssessment"],
            new ExcelColumn<SelfAssessmentDto>[]
        {
            new(L["ExternalAccreditation:SelfAssessment.Title"], s => s.Title),
            new(L["ExternalAccreditation:SelfAssessment.Agency"], s => s.AgencyCode),
            new(L["ExternalAccreditation:SelfAssessment.Unit"], s => s.UnitName),
            new(L["ExternalAccreditation:SelfAssessment.Programme"], s => s.ProgrammeName),
            new(L["ExternalAccreditation:SelfAssessment.Period"], s => s.Period),
            new(L["ExternalAccreditation:SelfAssessment.Criteria"], s => s.Criteria),
            new(L["ExternalAccreditation:SelfAssessment.Complete"], s => s.Complete),
            new(L["ExternalAccreditation:SelfAssessment.Progress"], s => s.Percent),
        }, await selfAssessments.GetListAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await selfAssessments.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Readiness.Manage);
        if (!CanManage) return;
        Agencies = (await agencies.GetListAsync(ct)).Where(a => a.IsActive).ToList();
        Units = await units.InScopeAsync(ct);
        var scope = await units.ScopeAsync(ct);
        Programmes = (await programmes.GetProgrammesAsync(ct))
            .Where(p => p.Status != ProgrammeStatus.Closed && (scope.All || scope.UnitIds.Contains(p.SchoolId))).OrderBy(p => p.GroupCode).ToList();
    }
}
