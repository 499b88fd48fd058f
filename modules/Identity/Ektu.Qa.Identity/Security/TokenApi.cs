using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.Identity.Security;

/// <summary>
/// POST /api/identity/token: an API client's id and secret for an access token. Anonymous, as the first token cannot be
/// asked for with one; attempts are counted per client and IP like sign-ins.
/// </summary>
internal sealed class TokenApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature("/api/identity", "Identity");

        api.MapPost("/token", async (TokenRequest req, TokenService tokens, LoginThrottle throttle, HttpContext http, CancellationToken ct) =>
        {
            throttle.Attempt(http.Connection.RemoteIpAddress, req.ClientId);
            var (token, expiresIn) = await tokens.IssueAsync(req.ClientId, req.ClientSecret, ct);
            return Results.Ok(new TokenResponse(token, "Bearer", expiresIn));
        }).AllowAnonymous().WithName("Identity_CreateToken").WithSummary("Issues an access token for an API client's id and secret");
    }

    internal sealed record TokenRequest(string? ClientId, string? ClientSecret);

    internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
}
