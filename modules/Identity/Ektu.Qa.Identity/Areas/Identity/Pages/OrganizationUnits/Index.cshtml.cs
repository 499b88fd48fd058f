using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.OrganizationUnits;

[Authorize(IdentityPermissions.OrganizationUnits.Default)]
internal sealed class IndexModel(IOrganizationUnitAppService units, ICurrentUser user) : PageModel
{
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = await units.GetTreeAsync(ct);
        CanManage = await user.HasPermissionAsync(IdentityPermissions.OrganizationUnits.Manage);
    }
}
