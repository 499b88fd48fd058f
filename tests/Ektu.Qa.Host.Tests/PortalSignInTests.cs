using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Host.Tests;

/// <summary>Tokens of the portal's identity provider, served on loopback with its OpenID configuration and JWKS.</summary>
public sealed class PortalSignInTests
{
    private const string Audience = "ektu-qa-portal";
    private const string PortalOrigin = "https://portal.ektu.kz";

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PortalToken_Should_ActAsLocalUser_When_IssuerAudienceSignatureAndExpiryAreRight(string provider)
    {
        await using var idp = await LoopbackIdentityProvider.StartAsync();
        await using var factory = await QaWebFactory.CreateAsync(provider, Settings(idp));

        (await CallAsync(factory, idp.Token("admin", Audience), "/api/identity/audit-log")).ShouldBe(HttpStatusCode.OK);
        // The quality officer may read users but not manage roles: the token carries the local user's own grants.
        (await CallAsync(factory, idp.Token("aqd", Audience), "/api/identity/users")).ShouldBe(HttpStatusCode.OK);
        (await CallAsync(factory, idp.Token("aqd", Audience), "/api/identity/api-clients")).ShouldBe(HttpStatusCode.Forbidden);
        (await CallAsync(factory, idp.Token("nobody.here", Audience), "/api/identity/users")).ShouldBe(HttpStatusCode.Unauthorized);

        // A deactivated local account is refused at once, though the portal still vouches for the person.
        var admin = await factory.SignInAsync("admin");
        var aqd = (await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?search=aqd")).GetProperty("items")[0];
        var update = new
        {
            userName = aqd.GetProperty("userName").GetString(), fullName = aqd.GetProperty("fullName").GetString(),
            email = aqd.GetProperty("email").GetString(), isActive = false, version = aqd.GetProperty("version").GetInt32(),
        };
        (await admin.PutAsJsonAsync($"/api/identity/users/{aqd.GetProperty("id").GetString()}", update)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CallAsync(factory, idp.Token("aqd", Audience), "/api/identity/users")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PortalToken_Should_ProvisionALocalAccountFromItsClaims_When_ProvisioningIsOnAndOnlyThen(string provider)
    {
        await using var idp = await LoopbackIdentityProvider.StartAsync();
        var settings = Settings(idp);
        await using (var off = await QaWebFactory.CreateAsync(provider, settings))
        {
            (await CallAsync(off, idp.Token("new.person", Audience, claims: Claims("P-100")), "/api/identity/users"))
                .ShouldBe(HttpStatusCode.Unauthorized);
            (await CountAsync(off, "SELECT COUNT(*) FROM id_users WHERE user_name = 'new.person'")).ShouldBe(0);
        }

        settings["Authentication:Portal:ProvisionUsers"] = "true";
        await using var on = await QaWebFactory.CreateAsync(provider, settings);
        // Without a unit in the token nobody is provisioned: the account would have no place in the organisation.
        (await CallAsync(on, idp.Token("no.unit", Audience, claims: Claims("P-101", unit: null)), "/api/identity/users"))
            .ShouldBe(HttpStatusCode.Unauthorized);
        // Provisioned as a member of staff of SITIS-CS: signed in (so 403 where the new account lacks a permission, not 401).
        (await CallAsync(on, idp.Token("new.person", Audience, claims: Claims("P-100")), "/api/identity/users")).ShouldBe(HttpStatusCode.Forbidden);
        (await CallAsync(on, idp.Token("new.person", Audience, claims: Claims("P-100")), "/api/identity/users")).ShouldBe(HttpStatusCode.Forbidden);

        (await CountAsync(on, """
            SELECT COUNT(*) FROM id_users u JOIN id_sync_people p ON p.user_id = u.id
            WHERE u.user_name = 'new.person' AND u.full_name = 'Aigerim Nurlanovna' AND p.external_id = 'P-100' AND u.password_hash IS NULL
            """)).ShouldBe(1);
        (await CountAsync(on, "SELECT COUNT(*) FROM id_sync_runs WHERE kind = 'SignIn' AND created = 1")).ShouldBe(1, "one run, once");
        (await CountAsync(on, "SELECT COUNT(*) FROM k_audit_log WHERE entity = 'User' AND action = 'Created'")).ShouldBe(1);
        var admin = await on.SignInAsync("admin");
        (await admin.GetStringAsync("/Identity/Sync")).ShouldContain("First sign-in");
    }

    private static async Task<long> CountAsync(QaWebFactory factory, string sql)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IDbSession>().ExecuteScalarAsync<long>(sql);
    }

    private static Dictionary<string, object> Claims(string externalId, string? unit = "SITIS-CS")
    {
        var claims = new Dictionary<string, object> { ["sub"] = externalId, ["name"] = "Aigerim Nurlanovna", ["email"] = "a.n@ektu.kz" };
        if (unit != null) claims["unit"] = unit;
        return claims;
    }

    [Fact]
    public async Task PortalToken_Should_BeRefused_When_IssuerAudienceExpiryOrSignatureIsWrong()
    {
        await using var idp = await LoopbackIdentityProvider.StartAsync();
        await using var factory = await QaWebFactory.CreateAsync(settings: Settings(idp));
        (await CallAsync(factory, idp.Token("admin", Audience), "/api/identity/users")).ShouldBe(HttpStatusCode.OK);

        (await CallAsync(factory, idp.Token("admin", Audience, issuer: "https://other.example"), "/api/identity/users"))
            .ShouldBe(HttpStatusCode.Unauthorized);
        (await CallAsync(factory, idp.Token("admin", "someone-else"), "/api/identity/users")).ShouldBe(HttpStatusCode.Unauthorized);
        (await CallAsync(factory, idp.Token("admin", Audience, expires: DateTime.UtcNow.AddMinutes(-2)), "/api/identity/users"))
            .ShouldBe(HttpStatusCode.Unauthorized);
        (await CallAsync(factory, idp.Token("admin", Audience, key: LoopbackIdentityProvider.NewKey()), "/api/identity/users"))
            .ShouldBe(HttpStatusCode.Unauthorized);
        var tampered = idp.Token("aqd", Audience).Split('.');
        var admin = idp.Token("admin", Audience).Split('.');
        (await CallAsync(factory, $"{admin[0]}.{admin[1]}.{tampered[2]}", "/api/identity/users")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PortalToken_Should_BeAccepted_When_SignedWithRotatedKeyWithoutRestart()
    {
        await using var idp = await LoopbackIdentityProvider.StartAsync();
        await using var factory = await QaWebFactory.CreateAsync(settings: Settings(idp));
        (await CallAsync(factory, idp.Token("admin", Audience), "/api/identity/users")).ShouldBe(HttpStatusCode.OK);
        var reads = idp.JwksReads;

        idp.RotateKey();
        var rotated = idp.Token("admin", Audience);
        var status = HttpStatusCode.Unauthorized;
        // The first token with the new key makes the host read the metadata again (at most once a second here).
        for (var i = 0; i < 20 && status != HttpStatusCode.OK; i++)
        {
            status = await CallAsync(factory, rotated, "/api/identity/users");
            if (status != HttpStatusCode.OK) await Task.Delay(250);
        }
        status.ShouldBe(HttpStatusCode.OK);
        idp.JwksReads.ShouldBeGreaterThan(reads);
    }

    [Fact]
    public async Task PortalOrigin_Should_BeAllowedByCorsAndFrameAncestors_When_Configured()
    {
        await using var idp = await LoopbackIdentityProvider.StartAsync();
        var settings = Settings(idp);
        settings["Cors:Origins:0"] = PortalOrigin;
        settings["Security:FrameAncestors:0"] = PortalOrigin;
        await using (var configured = await QaWebFactory.CreateAsync(settings: settings))
        {
            var preflight = await PreflightAsync(configured, PortalOrigin);
            preflight.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe(PortalOrigin);
            preflight.Headers.GetValues("Access-Control-Allow-Headers").Single().ShouldContain("authorization", Case.Insensitive);
            (await PreflightAsync(configured, "https://evil.example")).Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
            (await FrameAncestorsAsync(configured)).ShouldBe("frame-ancestors 'self' " + PortalOrigin);
        }

        await using var plain = await QaWebFactory.CreateAsync(settings: Settings(idp));
        (await PreflightAsync(plain, PortalOrigin)).Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        (await FrameAncestorsAsync(plain)).ShouldBe("frame-ancestors 'self'");
    }

    private static Dictionary<string, string> Settings(LoopbackIdentityProvider idp) => new()
    {
        ["Authentication:Portal:Issuer"] = idp.Issuer,
        ["Authentication:Portal:Audience"] = Audience,
        ["Authentication:Portal:MetadataAddress"] = idp.MetadataAddress,
        ["Authentication:Portal:RequireHttpsMetadata"] = "false",
        ["Authentication:Portal:MetadataRefreshSeconds"] = "1",
    };

    private static async Task<HttpStatusCode> CallAsync(QaWebFactory factory, string token, string url)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync(url)).StatusCode;
    }

    private static async Task<HttpResponseMessage> PreflightAsync(QaWebFactory factory, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/identity/users");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return await factory.CreateClient().SendAsync(request);
    }

    private static async Task<string> FrameAncestorsAsync(QaWebFactory factory)
    {
        var response = await factory.CreateClient().GetAsync("/Identity/Account/Login");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        return csp[csp.IndexOf("frame-ancestors", StringComparison.Ordinal)..];
    }
}
