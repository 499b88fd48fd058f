using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Every operation of the OpenAPI document, read at run time (so a route added later is covered without anyone
/// remembering it), gets the corpus of <see cref="MalformedRequests"/>: only 4xx problem details, never a 5xx.
/// </summary>
public sealed class MalformedRequestTests
{
    [Fact]
    public async Task EveryApiOperation_Should_AnswerClientErrorProblemDetails_When_RequestIsMalformed()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var api = await BearerClientAsync(factory);
        var corpus = new MalformedRequests(await api.GetFromJsonAsync<JsonElement>("/openapi/v1.json"));
        var failures = new List<string>();
        var operations = 0;
        var requests = 0;
        foreach (var (path, method, operation) in corpus.Operations())
        {
            operations++;
            foreach (var probe in corpus.For(path, method, operation))
            {
                requests++;
                using var response = await api.SendAsync(probe.Build());
                var status = (int)response.StatusCode;
                var type = response.Content.Headers.ContentType?.MediaType;
                if (status >= 500 || (status >= 400 && type != "application/problem+json"))
                    failures.Add($"{probe} → {status} {type}: {Shorten(await response.Content.ReadAsStringAsync())}");
            }
        }
        operations.ShouldBeGreaterThan(100);
        failures.ShouldBeEmpty($"{failures.Count} of {requests} requests to {operations} operations:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task Api_Should_AnswerLocalizedFieldErrors_When_JsonIsMalformedOrValueRefused()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var api = await BearerClientAsync(factory);
        api.DefaultRequestHeaders.AcceptLanguage.Clear();
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var wrongType = await api.PostAsync("/api/identity/roles", Json("{\"name\": 42}"));
        await ShouldBeProblemAsync(wrongType, HttpStatusCode.BadRequest, "Kernel:BadRequest", "Name", "Недопустимое значение.");
        var truncated = await api.PostAsync("/api/identity/roles", Json("{\"name\": \"x"));
        await ShouldBeProblemAsync(truncated, HttpStatusCode.BadRequest, "Kernel:BadRequest");
        var control = await api.PostAsync("/api/identity/roles", Json("{\"name\": \"a\\u0007b\"}"));
        await ShouldBeProblemAsync(control, HttpStatusCode.BadRequest, "Kernel:BadRequest", "Name", "управляющие символы");
        var page = await api.GetAsync("/api/identity/users?page=abc");
        await ShouldBeProblemAsync(page, HttpStatusCode.BadRequest, "Kernel:BadRequest", "page", "Недопустимое значение.");
        var type = await api.PostAsync("/api/identity/roles", new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain"));
        // Minimal APIs answer a wrong content type themselves (no exception), so the status-code pages describe it.
        await ShouldBeProblemAsync(type, HttpStatusCode.UnsupportedMediaType, "Http:415");
        var empty = await api.PostAsync("/api/identity/roles", Json(""));
        await ShouldBeProblemAsync(empty, HttpStatusCode.BadRequest, "Kernel:BadRequest");
        var tooLarge = await api.PostAsync("/api/identity/roles", new ByteArrayContent(new byte[31_000_000]));
        await ShouldBeProblemAsync(tooLarge, HttpStatusCode.RequestEntityTooLarge, "Kernel:PayloadTooLarge");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Api_Should_ClampPaging_When_PageIsOutOfRange(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var api = await BearerClientAsync(factory);
        (await api.GetAsync("/api/identity/users?page=2147483647&pageSize=500")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync("/api/identity/users?page=-5&pageSize=0")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

    internal static async Task ShouldBeProblemAsync(
        HttpResponseMessage response, HttpStatusCode status, string code, string? field = null, string? message = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        if (field == null) return;
        var errors = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToList();
        errors.ShouldContain(e => e.Contains(message!), text);
    }

    /// <summary>An API client of the admin user: bearer calls are what the portal makes, and need no antiforgery token.</summary>
    internal static async Task<HttpClient> BearerClientAsync(QaWebFactory factory)
    {
        var admin = await factory.SignInAsync("admin");
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?search=admin");
        var id = users.GetProperty("items").EnumerateArray().First(u => u.GetProperty("userName").GetString() == "admin")
            .GetProperty("id").GetString();
        var created = await (await admin.PostAsJsonAsync("/api/identity/api-clients", new { clientId = "corpus", name = "Corpus", userId = id }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var api = factory.CreateClient();
        var secret = created.GetProperty("secret").GetString();
        var token = await (await api.PostAsJsonAsync("/api/identity/token", new { clientId = "corpus", clientSecret = secret }))
            .Content.ReadFromJsonAsync<JsonElement>();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return api;
    }

    private static string Shorten(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
