using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ProgrammeMonitoring.Areas.ProgrammeMonitoring.Pages.Programmes;

/// <summary>The register of programmes in the caller's schools, filtered by text, school, status and level.</summary>
[Authorize(ProgrammeMonitoringPermissions.Programmes.Default)]
internal sealed class IndexModel(IProgrammeAppService programmes, ProgrammeUnits units, ProgrammeExport export, ICurrentUser user) : QaPageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? SchoolId { get; set; }
    [BindProperty(SupportsGet = true)] public ProgrammeStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public ProgrammeLevel? Level { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<ProgrammeDto> Result { get; private set; } = new([], 0, 1, PageSize);
    public IReadOnlyList<OrganizationUnitDto> Schools { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Result = await programmes.GetPageAsync(Filter(), PageNumber, PageSize, ct);
        Schools = (await units.ChoicesAsync(ct)).Where(u => u.Kind == OrganizationUnitKind.School).ToList();
        CanManage = await user.HasPermissionAsync(ProgrammeMonitoringPermissions.Programmes.Manage);
        return Page();
    });

    /// <summary>"Export to Excel": the programmes of the current filter.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<ProgrammeDto>(ProgrammeExport.FileName, export.SheetName, export.Columns, await programmes.GetListAsync(Filter(), ct)));

    private ProgrammeListInput Filter() => new(Search, SchoolId, Status, Level);
}
