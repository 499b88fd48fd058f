using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ektu.Qa.Host.Tests;

public sealed class ApiTests
{
    [Fact]
    public async Task Api_Should_AnswerProblemDetails_When_Unauthenticated()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var response = await factory.CreateClient().GetAsync("/api/identity/users");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Api_Should_AnswerLocalizedProblemDetails_When_IdIsUnknownOrInputInvalid()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "ru");
        var notFound = await client.GetAsync($"/api/identity/users/{Guid.NewGuid()}");
        notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await notFound.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("Kernel:NotFound");
        problem.GetProperty("title").GetString().ShouldBe("Запись не найдена.");

        var invalid = await client.PostAsJsonAsync("/api/identity/users", new { userName = "", fullName = "", password = "x" });
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("UserName").EnumerateArray().Select(e => e.GetString()).ShouldContain("Это поле обязательно.");
        errors.TryGetProperty("Password", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Api_Should_AnswerConflict_When_VersionIsStale()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin");
        var units = await client.GetFromJsonAsync<JsonElement>("/api/identity/organization-units");
        var unit = units.EnumerateArray().First(u => u.GetProperty("code").GetString() == "SEM");
        var id = unit.GetProperty("id").GetString();
        object Body(string en) => new
        {
            code = "SEM", kind = "School", nameKk = unit.GetProperty("nameKk").GetString(), nameRu = unit.GetProperty("nameRu").GetString(), nameEn = en,
            version = unit.GetProperty("version").GetInt32(),
        };
        (await client.PutAsJsonAsync($"/api/identity/organization-units/{id}", Body("First"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await client.PutAsJsonAsync($"/api/identity/organization-units/{id}", Body("Second"));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("Kernel:Conflict");
    }

    [Fact]
    public async Task ApiClient_Should_CallApiWithBearerToken_When_SecretIsRight()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?search=aqd");
        var aqd = users.GetProperty("items")[0].GetProperty("id").GetString();
        var created = await (await admin.PostAsJsonAsync("/api/identity/api-clients", new { clientId = "portal", name = "University portal", userId = aqd })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = created.GetProperty("secret").GetString();

        var api = factory.CreateClient();
        (await api.PostAsJsonAsync("/api/identity/token", new { clientId = "portal", clientSecret = "wrong" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var token = await (await api.PostAsJsonAsync("/api/identity/token", new { clientId = "portal", clientSecret = secret })).Content.ReadFromJsonAsync<JsonElement>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        (await api.GetAsync("/api/identity/audit-log")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // QualityOfficer may read users but not manage roles.
        (await api.PostAsJsonAsync("/api/identity/roles", new { name = "Hack" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OpenApi_Should_DescribeTheApi_When_Requested()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = factory.CreateClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        doc.GetProperty("openapi").GetString()!.ShouldStartWith("3.1");
        doc.GetProperty("paths").TryGetProperty("/api/identity/users", out _).ShouldBeTrue();
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
