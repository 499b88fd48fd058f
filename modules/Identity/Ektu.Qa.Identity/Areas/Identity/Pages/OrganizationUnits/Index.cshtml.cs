using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.OrganizationUnits;

[Authorize(IdentityPermissions.OrganizationUnits.Default)]
internal sealed class IndexModel(IOrganizationUnitAppService units, ICurrentUser user) : QaPageModel
{
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await units.GetTreeAsync(ct);
        CanManage = await user.HasPermissionAsync(IdentityPermissions.OrganizationUnits.Manage);
    }

    /// <summary>The tree in page order; the parent's code keeps the hierarchy readable in a flat sheet.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var tree = await units.GetTreeAsync(ct);
        var codes = tree.ToDictionary(u => u.Id, u => u.Code);
        return new ExcelFileResult<OrganizationUnitDto>("organization-units", L["Menu:Identity.OrganizationUnits"],
        [
            new(L["Identity:UnitName"], u => new string(' ', u.Depth * 2) + u.Name),
            new(L["Identity:UnitCode"], u => u.Code),
            new(L["Identity:UnitKind"], u => L.Enum(u.Kind)),
            new(L["Identity:ParentUnit"], u => u.ParentId is { } p && codes.TryGetValue(p, out var c) ? c : null),
        ], tree);
    }
}
