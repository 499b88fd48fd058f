using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ektu.Qa.TestKit;
using Xunit.Abstractions;

namespace Ektu.Qa.Host.Tests.Cluster;

/// <summary>
/// What a load balancer without sticky sessions needs: whatever one node issued, stored or changed, the other node
/// honours — the sign-in cookie and antiforgery tokens (one key ring in the database), a revoked permission (the
/// shared cache version), and files (the database file store).
/// </summary>
[Trait("Category", "Cluster")]
public sealed partial class TwoNodesTests(TwoNodes nodes, ITestOutputHelper output) : IClassFixture<TwoNodes>
{
    [MySqlFact]
    public async Task SignIn_Should_BeHonouredByNodeB_When_CookieAndAntiforgeryTokenCameFromNodeA()
    {
        var cookies = new CookieContainer();
        using var a = await nodes.A.SignInAsync("teacher1", cookies);
        using var b = nodes.B.Client(cookies);

        (await b.GetStringAsync("/")).ShouldContain("id=\"logout\"", customMessage: "node B did not read node A's sign-in cookie");

        // The layout's sign-out form, rendered by A, posted to B: B must accept A's antiforgery token.
        var token = WebUtility.HtmlDecode(LogoutToken().Match(await a.GetStringAsync("/")).Groups[1].Value);
        token.ShouldNotBeNullOrEmpty();
        var logout = await b.PostAsync("/Identity/Account/Logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        logout.StatusCode.ShouldBe(HttpStatusCode.OK, "node B refused node A's antiforgery token");
        (await a.GetStringAsync("/")).ShouldNotContain("id=\"logout\"", customMessage: "signed out on B, so on A too");
    }

    [MySqlFact]
    public async Task RevokedPermission_Should_BeRefusedByNodeBWithinTwoSeconds_When_RevokedOnNodeA()
    {
        using var admin = await nodes.A.SignInAsync("admin");
        using var dean = await nodes.B.SignInAsync("dean.sitis");
        (await dean.GetAsync("/api/quality-policy/standards")).StatusCode.ShouldBe(HttpStatusCode.OK); // cached on B now

        var roles = await admin.GetFromJsonAsync<JsonElement>("/api/identity/roles");
        var deanRole = roles.EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Dean").GetProperty("id").GetGuid();
        var grants = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/roles/{deanRole}/permissions");
        var granted = grants.GetProperty("granted").EnumerateArray().Select(g => g.GetString()!).ToList();
        granted.ShouldContain("QualityPolicy.Standards");
        var revoke = await admin.PutAsJsonAsync($"/api/identity/roles/{deanRole}/permissions", new
        {
            version = grants.GetProperty("version").GetInt32(), granted = granted.Where(g => g != "QualityPolicy.Standards").ToArray(),
        });
        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent, await revoke.Content.ReadAsStringAsync());
        var sw = Stopwatch.StartNew();

        var status = HttpStatusCode.OK;
        while (sw.Elapsed < TimeSpan.FromSeconds(5) && status == HttpStatusCode.OK)
        {
            status = (await dean.GetAsync("/api/quality-policy/standards")).StatusCode;
            if (status == HttpStatusCode.OK) await Task.Delay(50);
        }
        status.ShouldBe(HttpStatusCode.Forbidden, "node B still grants the revoked permission");
        output.WriteLine($"node B refused {sw.Elapsed.TotalMilliseconds:F0} ms after the revocation committed on A");
        sw.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [MySqlFact]
    public async Task File_Should_DownloadFromNodeB_When_UploadedOnNodeA()
    {
        using var a = await nodes.A.SignInAsync("admin");
        using var b = await nodes.B.SignInAsync("admin");
        var units = await a.GetStringAsync("/api/identity/organization-units");
        var match = UnitId().Match(units);
        match.Success.ShouldBeTrue(units[..Math.Min(units.Length, 300)]);
        var unit = Guid.Parse(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
        var created = await a.PostAsJsonAsync("/api/quality-policy/documents", new
        {
            code = "NODES-" + Guid.NewGuid().ToString("N")[..8], type = "Regulation",
            titleKk = "Ереже", titleRu = "Положение", titleEn = "Regulation", ownerUnitId = unit,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var doc = await created.Content.ReadFromJsonAsync<JsonElement>();
        var pdf = TestFiles.Pdf("two nodes");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "regulation.pdf");
        form.Add(new StringContent(doc.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)), "version");

        var uploaded = await a.PostAsync($"/api/quality-policy/documents/{doc.GetProperty("id").GetGuid()}/editions", form);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var edition = await uploaded.Content.ReadFromJsonAsync<JsonElement>();

        var download = await b.GetAsync($"/api/quality-policy/editions/{edition.GetProperty("id").GetGuid()}/file");
        download.StatusCode.ShouldBe(HttpStatusCode.OK, "node B cannot read the file node A stored");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        bytes.ShouldBe(pdf);
        edition.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [MySqlFact]
    public async Task ApiToken_Should_BeAcceptedByNodeB_When_IssuedByNodeAWithNoSigningKeyConfigured()
    {
        // Each node runs from a folder of its own (HostProcess): a key generated into one node's App_Data was unknown to the other.
        using var admin = await nodes.A.SignInAsync("admin");
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?search=aqd");
        var aqd = users.GetProperty("items")[0].GetProperty("id").GetGuid();
        var clientId = "nodes-" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync("/api/identity/api-clients", new { clientId, name = "Two nodes", userId = aqd });
        created.StatusCode.ShouldBe(HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        var secret = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();

        using var a = new HttpClient { BaseAddress = nodes.A.BaseAddress };
        var issued = await a.PostAsJsonAsync("/api/identity/token", new { clientId, clientSecret = secret });
        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var b = new HttpClient { BaseAddress = nodes.B.BaseAddress };
        b.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        (await b.GetAsync("/api/identity/audit-log")).StatusCode.ShouldBe(HttpStatusCode.OK, "node B refused node A's token");
        b.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token![..^4] + "AAAA");
        (await b.GetAsync("/api/identity/audit-log")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a forged signature");
    }

    [GeneratedRegex(@"action=""/Identity/Account/Logout""[\s\S]*?name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex LogoutToken();

    [GeneratedRegex(@"\{[^{}]*""id"":""([0-9a-f-]{36})""[^{}]*""code"":""SITIS""|\{[^{}]*""code"":""SITIS""[^{}]*""id"":""([0-9a-f-]{36})""")]
    private static partial Regex UnitId();
}
