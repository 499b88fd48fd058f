using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Web;

/// <summary>How an endpoint is described in the API document.</summary>
public static class EndpointDescriptionExtensions
{
    /// <summary>Names in the API document the permission the endpoint's app service checks (<see cref="PermissionMetadata"/>).</summary>
    public static TBuilder WithPermission<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PermissionMetadata(permission));
}
