using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Electives;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Electives;

/// <summary>
/// A year's elective catalogue: its courses with their endorsements, a course proposed, an employer's endorsement, a
/// course removed, the yearly analysis beside what changed since last year, and the publication.
/// </summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class DetailsModel(IElectiveCatalogueAppService electives, IProgrammeAppService programmes, ElectiveExport export,
    ProgrammeUnits units, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public Guid CourseId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SaveElectiveCourseInput Course { get; set; } = new();
    [BindProperty] public EndorseCourseInput Endorsement { get; set; } = new();
    [BindProperty] public RecordAnalysisInput Analysis { get; set; } = new();

    public ElectiveCatalogueDetailsDto Details { get; private set; } = null!;
    public IReadOnlyList<OrganizationUnitDto> Departments { get; private set; } = [];
    public IReadOnlyList<ProgrammeDto> Programmes { get; private set; } = [];
    public bool CanManage { get; private set; }
    public bool CanPublish { get; private set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Analysis.Analysis = Details.Catalogue.Analysis ?? "";
        return Page();
    });

    public Task<IActionResult> OnPostAddAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => electives.AddCourseAsync(Id, Course, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostEndorseAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => electives.EndorseAsync(Id, CourseId, Endorsement, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => electives.RemoveCourseAsync(Id, CourseId, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostAnalysisAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => electives.RecordAnalysisAsync(Id, Analysis, ct), Back, () => LoadAsync(ct));

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) =>
        RunAndRedirectAsync(() => electives.PublishAsync(Id, Version, ct), Back, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the catalogue's courses and endorsements.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
    {
        var d = await electives.GetAsync(Id, ct);
        return new ExcelFileResult<ElectiveCourseDto>($"electives-{d.Catalogue.AcademicYear}", d.Catalogue.YearText, export.CourseColumns,
            d.Courses);
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private IActionResult Back() => RedirectToPage("/Electives/Details", new { id = Id });

    private async Task LoadAsync(CancellationToken ct)
    {
        Details = await electives.GetAsync(Id, ct);
        var schoolId = Details.Catalogue.SchoolId;
        Departments = (await units.AllAsync(ct)).Values
            .Where(u => u.Kind == OrganizationUnitKind.Department && u.ParentId == schoolId)
            .OrderBy(u => u.Name, StringComparer.CurrentCulture).ToList();
        Programmes = await programmes.GetListAsync(new ProgrammeListInput(SchoolId: schoolId), ct);
        var draft = Details.Catalogue.Status == CatalogueStatus.Draft;
        CanManage = draft && await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        CanPublish = draft && await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Approve);
    }
}
