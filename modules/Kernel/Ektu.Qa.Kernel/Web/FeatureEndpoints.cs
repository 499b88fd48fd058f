using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// What every feature's API file needs around its endpoints: one group per feature and the few answers that are not the
/// app service's return value. Authorization of the record itself stays with the app service (<see cref="PermissionMetadata"/>).
/// </summary>
public static class FeatureEndpoints
{
    /// <summary>
    /// The feature's endpoints under <paramref name="prefix"/>, grouped under <paramref name="tag"/> in the API document and
    /// for signed-in callers only: an endpoint reachable without a sign-in says <c>AllowAnonymous</c> itself, so that it is
    /// visible where it is mapped (and listed in the host's route inventory test).
    /// </summary>
    public static RouteGroupBuilder MapFeature(this IEndpointRouteBuilder endpoints, string prefix, string tag) =>
        endpoints.MapGroup(prefix).WithTags(tag).RequireAuthorization();

    /// <summary>201 with the new record and where it is read: <paramref name="location"/> of the created record.</summary>
    public static async Task<IResult> Created<T>(this Task<T> create, Func<T, string> location)
    {
        var created = await create;
        return Results.Created(location(created), created);
    }

    /// <summary>204 once <paramref name="command"/> is done: for commands whose success has nothing to return.</summary>
    public static async Task<IResult> NoContent(this Task command)
    {
        await command;
        return Results.NoContent();
    }
}

// The body of a command that needs only the record's version for the optimistic concurrency check. A plain comment, not a
// documentation one: that would become the schema's description and change the API document every module shares.
public sealed record VersionRequest(int Version);
