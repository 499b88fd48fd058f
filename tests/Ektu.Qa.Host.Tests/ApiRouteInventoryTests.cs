using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The API's routes as the host maps them: every /api endpoint requires a signed-in caller unless it is one of the few that
/// must be reachable without one, so a module that forgets the requirement on a new group fails here, not in production.
/// </summary>
public sealed class ApiRouteInventoryTests
{
    // Getting the first token needs no token; employers and graduates answer a survey with an invitation code, not an account.
    private static readonly string[] Anonymous =
        ["POST /api/identity/token", "POST /api/information-management/surveys/{id:guid}/answers/by-code"];

    [Fact]
    public async Task ApiEndpoints_Should_RequireAuthorization_When_NotExplicitlyAnonymous()
    {
        var routes = await ApiRoutesAsync();
        routes.Count.ShouldBeGreaterThan(150);
        routes.Where(r => r.Authorization == "none").Select(r => r.Key).ShouldBeEmpty("neither RequireAuthorization nor AllowAnonymous");
        routes.Where(r => r.Authorization == "anonymous").Select(r => r.Key).ShouldBe(Anonymous, ignoreOrder: true);
    }

    [Fact]
    public void Authorization_Should_TellRequiredFromAnonymousAndUnsaid_When_MetadataDiffers()
    {
        Authorization(new EndpointMetadataCollection(new AuthorizeAttribute())).ShouldBe("required");
        Authorization(new EndpointMetadataCollection(new AuthorizeAttribute("Policy"))).ShouldBe("required:Policy");
        Authorization(new EndpointMetadataCollection(new AuthorizeAttribute(), new AllowAnonymousAttribute())).ShouldBe("anonymous");
        Authorization(new EndpointMetadataCollection()).ShouldBe("none");
    }

    /// <summary>One line per method and route of the API: authorization, operation name, tags and the named permission.</summary>
    internal static async Task<List<ApiRoute>> ApiRoutesAsync()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        _ = factory.Server;
        var sources = factory.Services.GetServices<EndpointDataSource>();
        return [.. sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? AnyMethod).Select(m => new ApiRoute(
                $"{m} {e.RoutePattern.RawText}", Authorization(e.Metadata),
                e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName,
                string.Join(",", e.Metadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags)),
                string.Join(",", e.Metadata.OfType<PermissionMetadata>().Select(p => p.Permission)))))
            .OrderBy(r => r.Key, StringComparer.Ordinal)];
    }

    private static readonly IReadOnlyList<string> AnyMethod = ["ANY"];

    private static string Authorization(EndpointMetadataCollection metadata)
    {
        if (metadata.GetMetadata<IAllowAnonymous>() is not null) return "anonymous";
        var authorize = metadata.GetOrderedMetadata<IAuthorizeData>();
        if (authorize.Count == 0) return "none";
        var policies = authorize.Select(a => a.Policy).Where(p => !string.IsNullOrEmpty(p)).ToList();
        return policies.Count == 0 ? "required" : "required:" + string.Join(",", policies);
    }

    internal sealed record ApiRoute(string Key, string Authorization, string? Name, string Tags, string Permission);
}
