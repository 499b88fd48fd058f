using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary>REST endpoints of the organisation unit tree under /api/identity; the app service checks the permission.</summary>
internal sealed class OrganizationUnitsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/identity", "Identity");

        api.MapGet("/organization-units", (IOrganizationUnitAppService s, CancellationToken ct) => s.GetTreeAsync(ct))
            .WithName("Identity_GetOrganizationUnitTree").WithSummary("Gets the organisation unit tree")
            .WithPermission(IdentityPermissions.OrganizationUnits.Default);
        api.MapGet("/organization-units/{id:guid}", (IOrganizationUnitAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("Identity_GetOrganizationUnit").WithSummary("Gets one organisation unit")
            .WithPermission(IdentityPermissions.OrganizationUnits.Default);
        api.MapPost("/organization-units", (IOrganizationUnitAppService s, SaveOrganizationUnitInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(u => $"/api/identity/organization-units/{u.Id}"))
            .WithName("Identity_CreateOrganizationUnit").WithSummary("Creates an organisation unit")
            .WithPermission(IdentityPermissions.OrganizationUnits.Manage);
        api.MapPut("/organization-units/{id:guid}", (IOrganizationUnitAppService s, Guid id, SaveOrganizationUnitInput input, CancellationToken ct) =>
            s.UpdateAsync(id, input, ct))
            .WithName("Identity_UpdateOrganizationUnit").WithSummary("Updates an organisation unit")
            .WithPermission(IdentityPermissions.OrganizationUnits.Manage);
        api.MapDelete("/organization-units/{id:guid}", (IOrganizationUnitAppService s, Guid id, int version, CancellationToken ct) =>
                s.DeleteAsync(id, version, ct).NoContent())
            .WithName("Identity_DeleteOrganizationUnit").WithSummary("Deletes an organisation unit without children or members")
            .WithPermission(IdentityPermissions.OrganizationUnits.Manage);
    }
}
