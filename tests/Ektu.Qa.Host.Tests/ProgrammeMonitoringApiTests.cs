using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ektu.Qa.Host.Tests;

/// <summary>The programme register's API: named in the OpenAPI document, frozen versions and foreign schools as problem details.</summary>
public sealed class ProgrammeMonitoringApiTests
{
    [Fact]
    public async Task Api_Should_Answer409ProblemForAnApprovedVersionAnd404ForAnotherSchool_When_Called()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "ru");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/programme-monitoring/programmes?search=B071");
        var mining = list.EnumerateArray().Single();
        var id = mining.GetProperty("id").GetString();
        var version = await admin.GetFromJsonAsync<JsonElement>($"/api/programme-monitoring/programmes/{id}/versions/1");

        var frozen = await admin.PutAsJsonAsync($"/api/programme-monitoring/programmes/{id}/versions/1",
            new { content = version.GetProperty("content") });

        frozen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await frozen.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("ProgrammeMonitoring:VersionFrozen");
        problem.GetProperty("title").GetString()!.ShouldStartWith("Версия 1 утверждена");
        var dean = await factory.SignInAsync("dean.sitis");
        (await dean.GetAsync($"/api/programme-monitoring/programmes/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_Should_NameAndDescribeEveryEndpoint_When_ModuleIsAdded()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var doc = await (await factory.SignInAsync("admin")).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = doc.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/programme-monitoring", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value).ToList();

        operations.Count.ShouldBe(15);
        operations.ShouldAllBe(o =>
            o.GetProperty("operationId").GetString()!.StartsWith("ProgrammeMonitoring_") && o.GetProperty("summary").GetString()!.Length > 0);
    }
}
