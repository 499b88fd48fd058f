using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Identity.ApiClients;
using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Security;
using Ektu.Qa.Identity.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Identity.Web;

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
        }).AllowAnonymous();

        api.MapGet("/users", (IUserAppService s, string? search, int? page, int? pageSize, CancellationToken ct) =>
            s.GetListAsync(new UserListInput { Search = search, Page = page ?? 1, PageSize = pageSize ?? 50 }, ct));
        api.MapGet("/users/{id:guid}", (IUserAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        api.MapPost("/users", async (IUserAppService s, SaveUserInput input, CancellationToken ct) =>
        {
            var u = await s.CreateAsync(input, ct);
            return Results.Created($"/api/identity/users/{u.Id}", u);
        });
        api.MapPut("/users/{id:guid}", (IUserAppService s, Guid id, SaveUserInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct));
        api.MapPost("/users/{id:guid}/unlock",
            async (IUserAppService s, Guid id, CancellationToken ct) => { await s.UnlockAsync(id, ct); return Results.NoContent(); });
        api.MapGet("/users/{id:guid}/roles", (IUserAppService s, Guid id, CancellationToken ct) => s.GetAssignmentsAsync(id, ct));
        api.MapPost("/users/{id:guid}/roles", (IUserAppService s, Guid id, AssignRoleRequest r, CancellationToken ct) =>
            s.AssignAsync(id, r.RoleId, r.UnitId, ct));
        api.MapDelete("/user-roles/{id:guid}",
            async (IUserAppService s, Guid id, CancellationToken ct) => { await s.UnassignAsync(id, ct); return Results.NoContent(); });

        api.MapGet("/roles", (IRoleAppService s, CancellationToken ct) => s.GetListAsync(ct));
        api.MapGet("/roles/{id:guid}", (IRoleAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        api.MapPost("/roles", async (IRoleAppService s, SaveRoleInput input, CancellationToken ct) =>
        {
            var r = await s.CreateAsync(input, ct);
            return Results.Created($"/api/identity/roles/{r.Id}", r);
        });
        api.MapPut("/roles/{id:guid}", (IRoleAppService s, Guid id, SaveRoleInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct));
        api.MapDelete("/roles/{id:guid}",
            async (IRoleAppService s, Guid id, int version,
            CancellationToken ct) => { await s.DeleteAsync(id, version, ct); return Results.NoContent(); });
        api.MapGet("/roles/{id:guid}/permissions", (IRoleAppService s, Guid id, CancellationToken ct) => s.GetPermissionsAsync(id, ct));
        api.MapPut("/roles/{id:guid}/permissions", async (IRoleAppService s, Guid id, SetPermissionsRequest r, CancellationToken ct) =>
        {
            await s.SetPermissionsAsync(id, r.Version, r.Granted, ct);
            return Results.NoContent();
        });

        api.MapGet("/organization-units", (IOrganizationUnitAppService s, CancellationToken ct) => s.GetTreeAsync(ct));
        api.MapGet("/organization-units/{id:guid}", (IOrganizationUnitAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct));
        api.MapPost("/organization-units", async (IOrganizationUnitAppService s, SaveOrganizationUnitInput input, CancellationToken ct) =>
        {
            var u = await s.CreateAsync(input, ct);
            return Results.Created($"/api/identity/organization-units/{u.Id}", u);
        });
        api.MapPut("/organization-units/{id:guid}",
            (IOrganizationUnitAppService s, Guid id, SaveOrganizationUnitInput input, CancellationToken ct) => s.UpdateAsync(id, input, ct));
        api.MapDelete("/organization-units/{id:guid}",
            async (IOrganizationUnitAppService s, Guid id, int version,
            CancellationToken ct) => { await s.DeleteAsync(id, version, ct); return Results.NoContent(); });

        api.MapGet("/audit-log", (IAuditLogAppService s, [AsParameters] AuditLogQuery q, CancellationToken ct) => s.GetListAsync(q.ToFilter(), ct));

        api.MapGet("/api-clients", (IApiClientAppService s, CancellationToken ct) => s.GetListAsync(ct));
        api.MapPost("/api-clients", (IApiClientAppService s, CreateApiClientRequest r, CancellationToken ct) =>
            s.CreateAsync(r.ClientId, r.Name, r.UserId, ct));
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
