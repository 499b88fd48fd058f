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
    public async Task SubmitApi_Should_Answer409ProblemWhenRunningAnd404ForAnotherSchool_When_VersionIsSent()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "kk");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/programme-monitoring/programmes?search=B071");
        var id = list.EnumerateArray().Single().GetProperty("id").GetString();
        var proposal = await admin.PostAsync($"/api/programme-monitoring/programmes/{id}/versions/1/proposals", null);
        var number = (await proposal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetInt32();

        var sent = await admin.PostAsync($"/api/programme-monitoring/programmes/{id}/versions/{number}/submit", null);
        var again = await admin.PostAsync($"/api/programme-monitoring/programmes/{id}/versions/{number}/submit", null);

        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("outcome").GetString().ShouldBe("Running");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("ProgrammeMonitoring:ApprovalRunning");
        problem.GetProperty("title").GetString()!.ShouldStartWith("Бұл бағдарлама бойынша");
        var runs = await admin.GetFromJsonAsync<JsonElement>($"/api/programme-monitoring/programmes/{id}/approvals");
        runs.GetArrayLength().ShouldBe(1);
        var dean = await factory.SignInAsync("dean.sitis");
        (await dean.PostAsync($"/api/programme-monitoring/programmes/{id}/versions/{number}/submit", null)).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await dean.GetAsync($"/api/programme-monitoring/programmes/{id}/approvals")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_Should_NameAndDescribeEveryEndpoint_When_ModuleIsAdded()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var doc = await (await factory.SignInAsync("admin")).GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = doc.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/programme-monitoring", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value).ToList();

        // Programmes (with the appeals and checks about them), approval, register, reviews, procedures, effectiveness and electives.
        operations.Count.ShouldBe(56);
        operations.ShouldAllBe(o =>
            o.GetProperty("operationId").GetString()!.StartsWith("ProgrammeMonitoring_") && o.GetProperty("summary").GetString()!.Length > 0);
    }
}
