using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Kernel.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Roles;

[Authorize(IdentityPermissions.Roles.Default)]
internal sealed class IndexModel(IRoleAppService roles, ICurrentUser user) : PageModel
{
    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Roles = await roles.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(IdentityPermissions.Roles.Manage);
    }
}
