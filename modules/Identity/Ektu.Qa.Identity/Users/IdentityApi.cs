using Ektu.Qa.Identity.ApiClients;
using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Identity.Users;

/// <summary>REST endpoints under /api/identity; each calls the app service, which checks the permission.</summary>
internal sealed class IdentityApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("Identity").RequireAuthorization();

        api.MapPost("/token", async (TokenRequest req, TokenService tokens, LoginThrottle throttle, HttpContext http, CancellationToken ct) =>
        {
            throttle.Attempt(http.Connection.RemoteIpAddress, req.ClientId);
            var (token, expiresIn) = await tokens.IssueAsync(req.ClientId, req.ClientSecret, ct);
            return Results.Ok(new TokenResponse(token, "Bearer", expiresIn));
        }).AllowAnonymous().WithName("Identity_CreateToken").WithSummary("Issues an access token for an API client's id and secret");

        api.MapGet("/users", (IUserAppService s, string? search, int? page, int? pageSize, CancellationToken ct) =>
            s.GetListAsync(new UserListInput { Search = search, Page = page ?? 1, PageSize = pageSize ?? 50 }, ct))
            .WithName("Identity_ListUsers").WithSummary("Lists users, filtered and paged").WithPermission(IdentityPermissions.Users.Default);
        api.MapGet("/users/{id:guid}", (IUserAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Identity_GetUser").WithSummary("Gets one user").WithPermission(IdentityPermissions.Users.Default);
        api.MapPost("/users", async (IUserAppService s, SaveUserInput input, CancellationToken ct) =>
        {
            var u = await s.CreateAsync(input, ct);
            return Results.Created($"/api/identity/users/{u.Id}", u);
        }).WithName("Identity_CreateUser").WithSummary("Creates a local user").WithPermission(IdentityPermissions.Users.Manage);
        api.MapPut("/users/{id:guid}", (IUserAppService s, Guid id, SaveUserInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("Identity_UpdateUser").WithSummary("Updates a user").WithPermission(IdentityPermissions.Users.Manage);
        api.MapPost("/users/{id:guid}/unlock", async (IUserAppService s, Guid id, CancellationToken ct) =>
            { await s.UnlockAsync(id, ct); return Results.NoContent(); })
            .WithName("Identity_UnlockUser").WithSummary("Lifts a user's sign-in lockout").WithPermission(IdentityPermissions.Users.Manage);
        api.MapGet("/users/{id:guid}/roles", (IUserAppService s, Guid id, CancellationToken ct) => s.GetAssignmentsAsync(id, ct))
            .WithName("Identity_ListUserRoles").WithSummary("Lists a user's roles and the units they hold them in")
            .WithPermission(IdentityPermissions.Users.Default);
        api.MapPost("/users/{id:guid}/roles", (IUserAppService s, Guid id, AssignRoleRequest r, CancellationToken ct) =>
            s.AssignAsync(id, r.RoleId, r.UnitId, ct))
            .WithName("Identity_AssignUserRole").WithSummary("Gives a user a role in an organisation unit")
            .WithPermission(IdentityPermissions.Users.Manage);
        api.MapDelete("/user-roles/{id:guid}", async (IUserAppService s, Guid id, CancellationToken ct) =>
            { await s.UnassignAsync(id, ct); return Results.NoContent(); })
            .WithName("Identity_UnassignUserRole").WithSummary("Takes a role assignment away").WithPermission(IdentityPermissions.Users.Manage);

        api.MapGet("/roles", (IRoleAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("Identity_ListRoles").WithSummary("Lists roles").WithPermission(IdentityPermissions.Roles.Default);
        api.MapGet("/roles/{id:guid}", (IRoleAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Identity_GetRole").WithSummary("Gets one role").WithPermission(IdentityPermissions.Roles.Default);
        api.MapPost("/roles", async (IRoleAppService s, SaveRoleInput input, CancellationToken ct) =>
        {
            var r = await s.CreateAsync(input, ct);
            return Results.Created($"/api/identity/roles/{r.Id}", r);
        }).WithName("Identity_CreateRole").WithSummary("Creates a custom role").WithPermission(IdentityPermissions.Roles.Manage);
        api.MapPut("/roles/{id:guid}", (IRoleAppService s, Guid id, SaveRoleInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("Identity_UpdateRole").WithSummary("Updates a role").WithPermission(IdentityPermissions.Roles.Manage);
        api.MapDelete("/roles/{id:guid}", async (IRoleAppService s, Guid id, int version, CancellationToken ct) =>
            { await s.DeleteAsync(id, version, ct); return Results.NoContent(); })
            .WithName("Identity_DeleteRole").WithSummary("Deletes a custom role that nobody holds").WithPermission(IdentityPermissions.Roles.Manage);
        api.MapGet("/roles/{id:guid}/permissions", (IRoleAppService s, Guid id, CancellationToken ct) => s.GetPermissionsAsync(id, ct))
            .WithName("Identity_GetRolePermissions").WithSummary("Gets the permissions granted to a role")
            .WithPermission(IdentityPermissions.Roles.Default);
        api.MapPut("/roles/{id:guid}/permissions", async (IRoleAppService s, Guid id, SetPermissionsRequest r, CancellationToken ct) =>
        {
            await s.SetPermissionsAsync(id, r.Version, r.Granted, ct);
            return Results.NoContent();
        })
            .WithName("Identity_SetRolePermissions").WithSummary("Replaces the permissions granted to a role")
            .WithPermission(IdentityPermissions.Roles.ManagePermissions);

        api.MapGet("/organization-units", (IOrganizationUnitAppService s, CancellationToken ct) => s.GetTreeAsync(ct))
            .WithName("Identity_GetOrganizationUnitTree").WithSummary("Gets the organisation unit tree")
            .WithPermission(IdentityPermissions.OrganizationUnits.Default);
        api.MapGet("/organization-units/{id:guid}", (IOrganizationUnitAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Identity_GetOrganizationUnit").WithSummary("Gets one organisation unit")
            .WithPermission(IdentityPermissions.OrganizationUnits.Default);
        api.MapPost("/organization-units", async (IOrganizationUnitAppService s, SaveOrganizationUnitInput input, CancellationToken ct) =>
        {
            var u = await s.CreateAsync(input, ct);
            return Results.Created($"/api/identity/organization-units/{u.Id}", u);
        })
            .WithName("Identity_CreateOrganizationUnit").WithSummary("Creates an organisation unit")
            .WithPermission(IdentityPermissions.OrganizationUnits.Manage);
        api.MapPut("/organization-units/{id:guid}", (IOrganizationUnitAppService s, Guid id, SaveOrganizationUnitInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct))
            .WithName("Identity_UpdateOrganizationUnit").WithSummary("Updates an organisation unit")
            .WithPermission(IdentityPermissions.OrganizationUnits.Manage);
        api.MapDelete("/organization-units/{id:guid}", async (IOrganizationUnitAppService s, Guid id, int version, CancellationToken ct) =>
            { await s.DeleteAsync(id, version, ct); return Results.NoContent(); })
            .WithName("Identity_DeleteOrganizationUnit").WithSummary("Deletes an organisation unit without children or members")
            .WithPermission(IdentityPermissions.OrganizationUnits.Manage);

        api.MapGet("/audit-log", (IAuditLogAppService s, [AsParameters] AuditLogQuery q, CancellationToken ct) => s.GetListAsync(q.ToFilter(), ct))
            .WithName("Identity_ListAuditLog").WithSummary("Lists audit-log entries, filtered and paged")
            .WithPermission(IdentityPermissions.AuditLog.Default);

        api.MapGet("/api-clients", (IApiClientAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("Identity_ListApiClients").WithSummary("Lists registered API clients").WithPermission(IdentityPermissions.ApiClients.Manage);
        api.MapPost("/api-clients", (IApiClientAppService s, CreateApiClientRequest r, CancellationToken ct) =>
            s.CreateAsync(r.ClientId, r.Name, r.UserId, ct))
            .WithName("Identity_CreateApiClient").WithSummary("Registers an API client and returns its secret once")
            .WithPermission(IdentityPermissions.ApiClients.Manage);
    }

    internal sealed record TokenRequest(string? ClientId, string? ClientSecret);

    internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);

    internal sealed record AssignRoleRequest(Guid RoleId, Guid UnitId);

    internal sealed record SetPermissionsRequest(int Version, string[] Granted);

    internal sealed record CreateApiClientRequest(string ClientId, string Name, Guid UserId);

    /// <summary>Query-string form of <see cref="AuditLogFilter"/>.</summary>
    internal sealed record AuditLogQuery(string? UserName, string? Entity, Guid? EntityId, string? Action, DateOnly? From, DateOnly? To, int? Page,
        int? PageSize)
    {
        public AuditLogFilter ToFilter() => new()
        {
            UserName = UserName, Entity = Entity, EntityId = EntityId, Action = Action, From = From, To = To,
            Page = Page ?? 1, PageSize = PageSize ?? 50,
        };
    }
}
