using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Identity.Users;

/// <summary>REST endpoints of users and their role assignments under /api/identity; the app service checks the permission.</summary>
internal sealed class UsersApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/identity", "Identity");

        api.MapGet("/users", (IUserAppService s, string? search, int? page, int? pageSize, CancellationToken ct) =>
            s.GetListAsync(new UserListInput { Search = search, Page = page ?? 1, PageSize = pageSize ?? 50 }, ct))
            .WithName("Identity_ListUsers").WithSummary("Lists users, filtered and paged").WithPermission(IdentityPermissions.Users.Default);
        api.MapGet("/users/{id:guid}", (IUserAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Identity_GetUser").WithSummary("Gets one user").WithPermission(IdentityPermissions.Users.Default);
        api.MapPost("/users", (IUserAppService s, SaveUserInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(u => $"/api/identity/users/{u.Id}"))
            .WithName("Identity_CreateUser").WithSummary("Creates a local user").WithPermission(IdentityPermissions.Users.Manage);
        api.MapPut("/users/{id:guid}", (IUserAppService s, Guid id, SaveUserInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("Identity_UpdateUser").WithSummary("Updates a user").WithPermission(IdentityPermissions.Users.Manage);
        api.MapPost("/users/{id:guid}/unlock", (IUserAppService s, Guid id, CancellationToken ct) => s.UnlockAsync(id, ct).NoContent())
            .WithName("Identity_UnlockUser").WithSummary("Lifts a user's sign-in lockout").WithPermission(IdentityPermissions.Users.Manage);
        api.MapGet("/users/{id:guid}/roles", (IUserAppService s, Guid id, CancellationToken ct) => s.GetAssignmentsAsync(id, ct))
            .WithName("Identity_ListUserRoles").WithSummary("Lists a user's roles and the units they hold them in")
            .WithPermission(IdentityPermissions.Users.Default);
        api.MapPost("/users/{id:guid}/roles", (IUserAppService s, Guid id, AssignRoleRequest r, CancellationToken ct) =>
            s.AssignAsync(id, r.RoleId, r.UnitId, ct))
            .WithName("Identity_AssignUserRole").WithSummary("Gives a user a role in an organisation unit")
            .WithPermission(IdentityPermissions.Users.Manage);
        api.MapDelete("/user-roles/{id:guid}", (IUserAppService s, Guid id, CancellationToken ct) => s.UnassignAsync(id, ct).NoContent())
            .WithName("Identity_UnassignUserRole").WithSummary("Takes a role assignment away").WithPermission(IdentityPermissions.Users.Manage);
    }

    internal sealed record AssignRoleRequest(Guid RoleId, Guid UnitId);
}
