using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Identity.Roles;

/// <summary>REST endpoints of roles and their permissions under /api/identity; the app service checks the permission.</summary>
internal sealed class RolesApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/identity", "Identity");

        api.MapGet("/roles", (IRoleAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("Identity_ListRoles").WithSummary("Lists roles").WithPermission(IdentityPermissions.Roles.Default);
        api.MapGet("/roles/{id:guid}", (IRoleAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Identity_GetRole").WithSummary("Gets one role").WithPermission(IdentityPermissions.Roles.Default);
        api.MapPost("/roles", (IRoleAppService s, SaveRoleInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(r => $"/api/identity/roles/{r.Id}"))
            .WithName("Identity_CreateRole").WithSummary("Creates a custom role").WithPermission(IdentityPermissions.Roles.Manage);
        api.MapPut("/roles/{id:guid}", (IRoleAppService s, Guid id, SaveRoleInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("Identity_UpdateRole").WithSummary("Updates a role").WithPermission(IdentityPermissions.Roles.Manage);
        api.MapDelete("/roles/{id:guid}", (IRoleAppService s, Guid id, int version, CancellationToken ct) =>
                s.DeleteAsync(id, version, ct).NoContent())
            .WithName("Identity_DeleteRole").WithSummary("Deletes a custom role that nobody holds").WithPermission(IdentityPermissions.Roles.Manage);
        api.MapGet("/roles/{id:guid}/permissions", (IRoleAppService s, Guid id, CancellationToken ct) => s.GetPermissionsAsync(id, ct))
            .WithName("Identity_GetRolePermissions").WithSummary("Gets the permissions granted to a role")
            .WithPermission(IdentityPermissions.Roles.Default);
        api.MapPut("/roles/{id:guid}/permissions", (IRoleAppService s, Guid id, SetPermissionsRequest r, CancellationToken ct) =>
                s.SetPermissionsAsync(id, r.Version, r.Granted, ct).NoContent())
            .WithName("Identity_SetRolePermissions").WithSummary("Replaces the permissions granted to a role")
            .WithPermission(IdentityPermissions.Roles.ManagePermissions);
    }

    internal sealed record SetPermissionsRequest(int Version, string[] Granted);
}
