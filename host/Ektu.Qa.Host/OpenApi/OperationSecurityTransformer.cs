using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ektu.Qa.Host.OpenApi;

/// <summary>
/// Per operation, from the endpoint's authorization metadata: an empty requirement for an anonymous endpoint, else the bearer or
/// the cookie scheme, and the permission the operation needs as <c>x-permission</c> and in its description.
/// </summary>
internal sealed class OperationSecurityTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            // An empty requirement says "no credentials needed" rather than leaving it unsaid.
            operation.Security = [new OpenApiSecurityRequirement()];
            return Task.CompletedTask;
        }

        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemesTransformer.Bearer, context.Document)] = [] },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemesTransformer.Cookie, context.Document)] = [] },
        ];
        var permissions = metadata.OfType<IAuthorizeData>().Select(a => a.Policy)
            .Concat(metadata.OfType<PermissionMetadata>().Select(p => p.Permission))
            .Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal).ToList();
        var needs = permissions.Count == 0
            ? "Needs a signed-in user; the service checks the caller's part in the record (unit, assignment, membership)."
            : "Needs the permission " + string.Join(" and ", permissions) + "; records are limited to the caller's units.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? needs : operation.Description + " " + needs;
        if (permissions.Count > 0)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-permission"] = new JsonNodeExtension(new JsonArray([.. permissions.Select(p => JsonValue.Create(p))]));
        }
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid token or cookie." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The caller lacks the permission or the record's unit." });
        return Task.CompletedTask;
    }
}
