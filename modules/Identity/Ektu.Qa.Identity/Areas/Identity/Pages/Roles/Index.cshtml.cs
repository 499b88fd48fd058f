using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Roles;

[Authorize(IdentityPermissions.Roles.Default)]
internal sealed class IndexModel(IRoleAppService roles, ICurrentUser user) : QaPageModel
{
    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Roles = await roles.GetListAsync(ct);
        CanManage = await user.HasPermissionAsync(IdentityPermissions.Roles.Manage);
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        new ExcelFileResult<RoleDto>("roles", L["Menu:Identity.Roles"],
        [
            new(L["Identity:RoleName"], r => L.Role(r.Name)),
            new(L["Identity:Description"], r => r.Description),
            new(L["Identity:PermissionCount"], r => r.PermissionCount),
            new(L["Identity:Static"], r => r.IsStatic),
        ], await roles.GetListAsync(ct));
}
