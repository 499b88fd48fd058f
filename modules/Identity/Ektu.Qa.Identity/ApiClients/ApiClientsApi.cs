using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Identity.ApiClients;

/// <summary>REST endpoints of registered API clients under /api/identity; the app service checks the permission.</summary>
internal sealed class ApiClientsApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/identity", "Identity");

        api.MapGet("/api-clients", (IApiClientAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("Identity_ListApiClients").WithSummary("Lists registered API clients").WithPermission(IdentityPermissions.ApiClients.Manage);
        api.MapPost("/api-clients", (IApiClientAppService s, CreateApiClientRequest r, CancellationToken ct) =>
            s.CreateAsync(r.ClientId, r.Name, r.UserId, ct))
            .WithName("Identity_CreateApiClient").WithSummary("Registers an API client and returns its secret once")
            .WithPermission(IdentityPermissions.ApiClients.Manage);
    }

    internal sealed record CreateApiClientRequest(string ClientId, string Name, Guid UserId);
}
