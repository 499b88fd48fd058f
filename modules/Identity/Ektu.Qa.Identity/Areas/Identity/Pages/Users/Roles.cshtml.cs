using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Users;

[Authorize(IdentityPermissions.Users.Manage)]
internal sealed class RolesModel(IUserAppService users, IRoleAppService roles, IIdentityIntegrationService identity) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    public UserDto? Account { get; private set; }
    public IReadOnlyList<UserRoleAssignmentDto> Assignments { get; private set; } = [];
    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () => { await LoadAsync(ct); return Page(); });

    public Task<IActionResult> OnPostAddAsync(Guid roleId, Guid unitId, CancellationToken ct) => TryAsync(async () =>
    {
        await users.AssignAsync(Id, roleId, unitId, ct);
        return RedirectToPage(new { id = Id });
    });

    public Task<IActionResult> OnPostRemoveAsync(Guid assignmentId, CancellationToken ct) => TryAsync(async () =>
    {
        await users.UnassignAsync(assignmentId, ct);
        return RedirectToPage(new { id = Id });
    });

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Account = await users.GetAsync(Id, ct);
        Assignments = await users.GetAssignmentsAsync(Id, ct);
        Roles = await roles.GetListAsync(ct);
        Units = await identity.GetUnitsAsync(ct);
    }
}
