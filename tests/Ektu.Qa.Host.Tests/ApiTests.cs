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
            code = "SEM", kind = "School", nameKk = unit.GetProperty("nameKk").GetString(), nameRu = unit.GetProperty("nameRu").GetString(),
                nameEn = en,
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
        var created = await (await admin.PostAsJsonAsync("/api/identity/api-clients",
            new { clientId = "portal", name = "University portal", userId = aqd })).Content.ReadFromJsonAsync<JsonElement>();
        var secret = created.GetProperty("secret").GetString();

        var api = factory.CreateClient();
        (await api.PostAsJsonAsync("/api/identity/token",
            new { clientId = "portal", clientSecret = "wrong" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var token = await (await api.PostAsJsonAsync("/api/identity/token",
            new { clientId = "portal", clientSecret = secret })).Content.ReadFromJsonAsync<JsonElement>();
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

    [Fact]
    public async Task Api_Should_MatchSearchTextLiterally_When_ItHoldsLikeWildcards()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin");
        async Task<int> Total(string search) =>
            (await client.GetFromJsonAsync<JsonElement>("/api/identity/users?search=" + Uri.EscapeDataString(search))).GetProperty("total")
                .GetInt32();

        (await Total("dean")).ShouldBeGreaterThan(0);
        (await Total("%")).ShouldBe(0);
        (await Total("_")).ShouldBe(0);
        (await Total("dean_sitis")).ShouldBe(0);
        (await Total("dean.sitis")).ShouldBe(1);
    }

    [Theory]
    [InlineData("ru", "PDF-файл не удаётся открыть")]
    [InlineData("kk", "PDF файлын ашу мүмкін емес")]
    public async Task Api_Should_RefuseWithLocalizedProblem_When_UploadIsPdfPolyglot(string culture, string message)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        // A bearer-token client (as an integration would call it), so no cookie or antiforgery rule is involved.
        var admin = await factory.SignInAsync("admin");
        var dean = (await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?search=dean.sitis")).GetProperty("items")[0].GetProperty("id")
            .GetString();
        var created = await (await admin.PostAsJsonAsync("/api/identity/api-clients",
            new { clientId = "dean-tool", name = "Dean's tool", userId = dean }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var client = factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/identity/token",
            new { clientId = "dean-tool", clientSecret = created.GetProperty("secret").GetString() }))
            .Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(culture));
        var commission = (await client.GetFromJsonAsync<JsonElement>("/api/qa-commission/commissions")).EnumerateArray().First();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Ektu.Qa.TestKit.TestFiles.PdfElfPolyglot()), "file", "order.pdf" },
            { new StringContent(commission.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)),
                "version" },
        };
        var response = await client.PostAsync($"/api/qa-commission/commissions/{commission.GetProperty("id").GetString()}/order", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("File")[0].GetString()!.ShouldStartWith(message);
    }
}
