using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Accreditations;

/// <summary>Accreditations in the caller's scope with status and expiry warnings, and the share of programmes accredited per school.</summary>
[Authorize(ExternalAccreditationPermissions.Accreditations.Default)]
internal sealed class IndexModel(IAccreditationAppService accreditations, IAgencyAppService agencies, IUnitDirectory units,
    AccreditationExport export, ICurrentUser user) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? AgencyId { get; set; }
    [BindProperty(SupportsGet = true)] public AccreditationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public AccreditationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool ExpiringOnly { get; set; }

    public IReadOnlyList<AccreditationDto> Items { get; private set; } = [];
    public IReadOnlyList<SchoolCoverageDto> Coverage { get; private set; } = [];
    public IReadOnlyList<AgencyDto> Agencies { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Items = await accreditations.GetListAsync(Filter(), ct);
        Coverage = await accreditations.GetCoverageAsync(ct);
        Agencies = await agencies.GetListAsync(ct);
        Units = (await units.InScopeAsync(ct)).Where(u => u.Kind is OrganizationUnitKind.School or OrganizationUnitKind.University).ToList();
        CanManage = await user.HasPermissionAsync(ExternalAccreditationPermissions.Accreditations.Manage);
        return Page();
    });

    /// <summary>"Export to Excel": the accreditations of the current filter.</summary>
    public Task<IActionResult> OnGetExportAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<AccreditationDto>(AccreditationExport.FileName, export.SheetName, export.Columns,
            await accreditations.GetListAsync(Filter(), ct)));

    /// <summary>"Export to Excel" of the share of programmes accredited per school.</summary>
    public Task<IActionResult> OnGetExportCoverageAsync(CancellationToken ct) => TryAsync(async () =>
        new ExcelFileResult<SchoolCoverageDto>("accredited-share", L["ExternalAccreditation:Coverage"],
            new Kernel.Export.ExcelColumn<SchoolCoverageDto>[]
        {
            new(L["ExternalAccreditation:School"], c => c.SchoolName),
            new(L["ExternalAccreditation:Coverage.Programmes"], c => c.Programmes),
            new(L["ExternalAccreditation:Coverage.Accredited"], c => c.Accredited),
            new(L["ExternalAccreditation:Coverage.Percent"], c => c.Percent),
        }, await accreditations.GetCoverageAsync(ct)));

    private AccreditationFilter Filter() => new() { UnitId = UnitId, AgencyId = AgencyId, Kind = Kind, Status = Status, ExpiringOnly = ExpiringOnly };
}
