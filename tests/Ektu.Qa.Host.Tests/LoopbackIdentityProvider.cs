using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The university portal's identity provider as the host sees it: an OpenID configuration and a JWKS of RS256 keys on a
/// loopback port. Keys can be rotated while the host runs; tokens are signed with the newest.
/// </summary>
internal sealed class LoopbackIdentityProvider : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile RsaSecurityKey[] _keys = [NewKey()];

    private LoopbackIdentityProvider(WebApplication app) => _app = app;

    public string Issuer { get; private set; } = "";

    public string MetadataAddress => Issuer + "/.well-known/openid-configuration";

    /// <summary>How many times the JWKS was read.</summary>
    public int JwksReads;

    public static async Task<LoopbackIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var idp = new LoopbackIdentityProvider(app);
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = idp.Issuer,
            ["jwks_uri"] = idp.Issuer + "/jwks",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/jwks", () =>
        {
            Interlocked.Increment(ref idp.JwksReads);
            var keys = idp._keys.Select(k => JsonWebKeyConverter.ConvertFromRSASecurityKey(k)).Select(k => new Dictionary<string, string>
            {
                ["kty"] = k.Kty, ["use"] = "sig", ["alg"] = "RS256", ["kid"] = k.Kid, ["n"] = k.N, ["e"] = k.E,
            });
            return Results.Json(new { keys });
        });
        await app.StartAsync();
        idp.Issuer = app.Urls.Single().TrimEnd('/');
        return idp;
    }

    /// <summary>A new signing key replaces the published ones, as a provider does when it rotates.</summary>
    public void RotateKey() => _keys = [NewKey()];

    /// <summary>A token for <paramref name="userName"/>; the other parameters make it wrong in one way each.</summary>
    public string Token(string userName, string audience, string? issuer = null, DateTime? expires = null, RsaSecurityKey? key = null,
        IReadOnlyDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience,
            IssuedAt = exp.AddMinutes(-20),
            NotBefore = exp.AddMinutes(-20),
            Expires = exp,
            Claims = new Dictionary<string, object> { ["preferred_username"] = userName, ["sub"] = Guid.NewGuid().ToString() }
                .Concat(claims ?? new Dictionary<string, object>()).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            SigningCredentials = new SigningCredentials(key ?? _keys[^1], SecurityAlgorithms.RsaSha256),
        });
    }

    public static RsaSecurityKey NewKey() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
