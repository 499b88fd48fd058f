using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ektu.Qa.Host.Tests;

public sealed class ApiAntiforgeryTests
{
    [Fact]
    public async Task CookieApiWrite_Should_BeRefused_When_AntiforgeryHeaderIsMissing()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "ru");
        var token = admin.DefaultRequestHeaders.GetValues("X-CSRF-TOKEN").Single();
        admin.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        var refused = await admin.PostAsJsonAsync("/api/identity/roles", new { name = "Forged" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("Kernel:AntiforgeryMissing");
        problem.GetProperty("title").GetString()!.ShouldContain("токена");

        // The multipart upload a foreign page could post: refused before the endpoint reads the file.
        using var upload = new HttpRequestMessage(HttpMethod.Post, $"/api/quality-policy/documents/{Guid.NewGuid()}/editions")
        {
            Content = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4"u8.ToArray()), "file", "x.pdf" },
                { new StringContent("1"), "version" } },
        };
        upload.Headers.Add("Origin", "https://evil.example");
        (await admin.SendAsync(upload)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // Reads need no token; a wrong token is refused as a missing one.
        (await admin.GetAsync("/api/identity/roles")).StatusCode.ShouldBe(HttpStatusCode.OK);
        admin.DefaultRequestHeaders.Add("X-CSRF-TOKEN", "forged");
        (await admin.PostAsJsonAsync("/api/identity/roles", new { name = "Forged" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        admin.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");
        admin.DefaultRequestHeaders.Add("X-CSRF-TOKEN", token);
        (await admin.PostAsJsonAsync("/api/identity/roles", new { name = "Allowed" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // A bearer token is its own proof: no antiforgery header needed.
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?search=admin");
        var id = users.GetProperty("items")[0].GetProperty("id").GetString();
        var created = await (await admin.PostAsJsonAsync("/api/identity/api-clients",
            new { clientId = "portal", name = "Portal", userId = id })).Content.ReadFromJsonAsync<JsonElement>();
        var api = factory.CreateClient();
        var issued = await (await api.PostAsJsonAsync("/api/identity/token",
            new { clientId = "portal", clientSecret = created.GetProperty("secret").GetString() }))
            .Content.ReadFromJsonAsync<JsonElement>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.GetProperty("accessToken").GetString());
        (await api.PostAsJsonAsync("/api/identity/roles", new { name = "From the portal" })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
