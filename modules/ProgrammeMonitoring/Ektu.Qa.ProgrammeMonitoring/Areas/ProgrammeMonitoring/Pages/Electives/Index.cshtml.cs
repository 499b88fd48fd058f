using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Electives;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Electives;

/// <summary>Elective catalogues of the caller's schools by academic year; a new year's catalogue, empty or copied from the year before.</summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class IndexModel(IElectiveCatalogueAppService electives, ElectiveExport export, ProgrammeUnits units, ICurrentUser user)
    : QaPageModel
{
    [BindProperty] public CreateCatalogueInput Input { get; set; } = new();

    public IReadOnlyList<ElectiveCatalogueDto> Items { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Schools { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await LoadAsync(ct);
        Input.AcademicYear = Clock.Today.Month >= 9 ? Clock.Today.Year : Clock.Today.Year - 1;
        Input.CopyPrevious = true;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var c = await electives.CreateAsync(Input, ct);
        return RedirectToPage("/Electives/Details", new { id = c.Id });
    }, () => LoadAsync(ct));

    /// <summary>"Export to Excel" of the catalogues.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<ElectiveCatalogueDto>("elective-catalogues", export.CataloguesSheet, export.CatalogueColumns,
            await electives.GetListAsync(ct)));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await electives.GetListAsync(ct);
        Schools = (await units.ChoicesAsync(ct)).Where(u => u.Kind == OrganizationUnitKind.School).ToList();
        CanManage = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
    }
}
