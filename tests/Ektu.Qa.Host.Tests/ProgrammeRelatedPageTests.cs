using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// An appeal naming a programme and a commission check planned on it, made through the API as the portal would, then read on
/// the programme's page and its API: the dean and the quality department see both, the school council (no right to either)
/// sees neither section and gets 403 from the API.
/// </summary>
public sealed class ProgrammeRelatedPageTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task ProgrammePage_Should_ListItsAppealAndCheck_When_TheCallerMaySeeThem()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var dean = await factory.SignInAsync("dean.sitis");
        var it = (await dean.GetFromJsonAsync<JsonElement>("/api/programme-monitoring/programmes?search=B057")).EnumerateArray().Single()
            .GetProperty("id").GetString()!;
        var teacher = await factory.SignInAsync("teacher1");
        var unit = await UnitIdAsync(await factory.SignInAsync("admin"), "SITIS-CS");
        var appealBody = new
        {
            applicantKind = "Student", kind = "Individual", formality = "Formal", subject = "Exam retake rules", text = "Unclear rules",
            unitId = unit, programmeId = it,
        };
        var appeal = await teacher.PostAsJsonAsync("/api/improvement/appeals", appealBody);
        appeal.StatusCode.ShouldBe(HttpStatusCode.Created);
        var appealJson = await appeal.Content.ReadFromJsonAsync<JsonElement>();
        appealJson.GetProperty("programmeId").GetString().ShouldBe(it);
        var appealId = appealJson.GetProperty("id").GetString()!;

        var commission = (await dean.GetFromJsonAsync<JsonElement>("/api/qa-commission/commissions")).EnumerateArray()
            .First(c => c.GetProperty("state").GetString() == "Active").GetProperty("id").GetString();
        var check = await dean.PostAsJsonAsync($"/api/qa-commission/commissions/{commission}/monitoring-events", new
        {
            programmeId = it, title = "Exam papers review", responsible = "Secretary", startsOn = "2026-03-02", endsOn = "2026-03-06",
        });
        check.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Created);

        foreach (var user in new[] { "dean.sitis", "aqd" })
        {
            var client = user == "dean.sitis" ? dean : await factory.SignInAsync(user);
            var doc = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, $"/ProgrammeMonitoring/Programmes/Details/{it}"));
            doc.QuerySelector($"#programme-appeals #appeal-{appealId} a")!.TextContent.ShouldBe("Exam retake rules", user);
            doc.QuerySelector("#programme-checks tbody")!.TextContent.ShouldContain("Exam papers review", Case.Sensitive, user);
            (await client.GetFromJsonAsync<JsonElement>($"/api/programme-monitoring/programmes/{it}/appeals")).GetArrayLength().ShouldBe(1);
            // Beside the demo commission's two checks of B057.
            (await client.GetFromJsonAsync<JsonElement>($"/api/programme-monitoring/programmes/{it}/checks")).GetArrayLength().ShouldBe(3);
        }

        var council = await factory.SignInAsync("council.sitis");
        var hidden = Parser.ParseDocument(await HtmlPages.GetOkAsync(council, $"/ProgrammeMonitoring/Programmes/Details/{it}"));
        hidden.QuerySelector("#programme-appeals").ShouldBeNull();
        hidden.QuerySelector("#programme-checks").ShouldBeNull();
        (await council.GetAsync($"/api/programme-monitoring/programmes/{it}/appeals")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await council.GetAsync($"/api/programme-monitoring/programmes/{it}/checks")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The appeal's page links back to the programme.
        var appealPage = Parser.ParseDocument(await HtmlPages.GetOkAsync(dean, $"/Improvement/Appeals/Details/{appealId}"));
        appealPage.QuerySelector($"a[href='/ProgrammeMonitoring/Programmes/Details/{it}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task AppealApi_Should_AnswerAFieldProblem_When_TheProgrammeIsOfAnotherSchool()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin", "ru");
        var mining = (await admin.GetFromJsonAsync<JsonElement>("/api/programme-monitoring/programmes?search=B071")).EnumerateArray().Single()
            .GetProperty("id").GetString();
        var response = await admin.PostAsJsonAsync("/api/improvement/appeals", new
        {
            applicantKind = "Staff", kind = "Individual", formality = "Formal", subject = "Lab access", text = "Closed lab",
            unitId = await UnitIdAsync(admin, "SITIS-CS"), programmeId = mining,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").EnumerateObject().Single().Value[0].GetString()!.ShouldStartWith("Программа относится к другой школе");
    }

    private static async Task<string> UnitIdAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/identity/organization-units")).EnumerateArray()
            .Single(u => u.GetProperty("code").GetString() == code).GetProperty("id").GetString()!;
}
