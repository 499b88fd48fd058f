using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Assessments;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Assessments;

/// <summary>The register of external assessment procedures in the caller's scope; a new procedure.</summary>
[Authorize(ExternalAccreditationPermissions.Assessments.Default)]
internal sealed class IndexModel(IAssessmentAppService assessments, AssessmentExport export, IAgencyAppService agencies,
    IAccreditationAppService accreditations, IProgrammeIntegrationService programmes, IUnitDirectory units, ICurrentUser user) : QaPageModel
{
    [BindProperty] public StartAssessmentInput Input { get; set; } = new();

    public IReadOnlyList<AssessmentDto> Items { get; private set; } = [];
    public IReadOnlyList<AgencyDto> Agencies { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public IReadOnlyList<ProgrammeDto> Programmes { get; private set; } = [];
    public IReadOnlyList<AccreditationDto> Renewable { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var a = await assessments.StartAsync(Input, ct);
        return RedirectToPage("/Assessments/Details", new { id = a.Id });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the procedures.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<AssessmentDto>(AssessmentExport.FileName, export.SheetName, export.Columns, await assessments.GetListAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await assessments.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Assessments.Manage);
        if (!CanManage) return;
        Agencies = (await agencies.GetListAsync(ct)).Where(a => a.IsActive || a.Id == Input.AgencyId).ToList();
        Units = (await units.InScopeAsync(ct)).Where(u => u.Kind is OrganizationUnitKind.School or OrganizationUnitKind.University).ToList();
        var scope = await units.ScopeAsync(ct);
        Programmes = (await programmes.GetProgrammesAsync(ct)).Where(p => scope.Contains(p.SchoolId) && p.Status != ProgrammeStatus.Closed)
            .OrderBy(p => p.GroupCode, StringComparer.Ordinal).ToList();
        Renewable = (await accreditations.GetListAsync(new AccreditationFilter(), ct))
            .Where(a => a.Decision is AccreditationDecision.Accredited or AccreditationDecision.Conditional).ToList();
    }
}
