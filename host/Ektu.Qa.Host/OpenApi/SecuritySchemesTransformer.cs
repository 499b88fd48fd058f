using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ektu.Qa.Host.OpenApi;

/// <summary>
/// Declares how the API is called: a bearer token (an API client's or the university portal's) or the sign-in cookie of
/// the pages. Operations name them through <see cref="OperationSecurityTransformer"/>.
/// </summary>
internal sealed class SecuritySchemesTransformer : IOpenApiDocumentTransformer
{
    public const string Bearer = "bearer";

    public const string Cookie = "cookie";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Ektu.Qa API";
        document.Info.Description = "The quality-assurance system's REST API. Call it with a bearer token: an API client's from " +
            "POST /api/identity/token, or the university portal's. Each operation names the permission it needs (x-permission).";
        // Generated clients and linters need a base address; the document is served by the host it describes.
        document.Servers = [new OpenApiServer { Url = "/" }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "An API client's token (POST /api/identity/token) or a token of the university portal's identity provider.",
            },
            [Cookie] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "ektu-qa.auth",
                Description = "The sign-in cookie of the pages; unsafe calls with it also need the X-CSRF-TOKEN header.",
            },
        };
        return Task.CompletedTask;
    }
}
