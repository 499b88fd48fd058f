using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Monitoring and periodic review in the browser's terms: every form and button of the trigger, review, procedure and
/// effectiveness pages submitted with good and bad values, the exports, and another school's records answering 404.
/// </summary>
public sealed partial class ProgrammeMonitoringReviewPageTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task TriggerAndReviewForms_Should_SaveOrRefuseWithALocalizedError_When_Submitted()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var aqd = await factory.SignInAsync("aqd");
        var programme = await ProgrammeIdAsync(aqd, "B057");
        const string triggers = "/ProgrammeMonitoring/Reviews/Triggers";

        var empty = await PostAsync(aqd, triggers, null, new() { ["Input.ProgrammeId"] = programme, ["Input.Kind"] = "EmployerProposals" });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var recorded = await PostAsync(aqd, triggers, null, new()
        {
            ["Input.ProgrammeId"] = programme, ["Input.Kind"] = "StaffResearch", ["Input.Source"] = "Department seminar",
            ["Input.Text"] = "Research on project-based learning",
        });
        recorded.StatusCode.ShouldBe(HttpStatusCode.OK);
        var list = await aqd.GetFromJsonAsync<JsonElement>($"/api/programme-monitoring/review-triggers?programmeId={programme}&openOnly=true");
        var trigger = list.EnumerateArray().Single(t => t.GetProperty("source").GetString() == "Department seminar");
        var id = trigger.GetProperty("id").GetString()!;
        var version = trigger.GetProperty("version").GetInt32().ToString();

        var noReason = await PostAsync(aqd, triggers, "Decide", new()
            { ["TriggerId"] = id, ["Decision.OpenReview"] = "false", ["Decision.Version"] = version });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("validation-summary-errors");
        var opened = await PostAsync(aqd, triggers, "Decide", new()
            { ["TriggerId"] = id, ["Decision.OpenReview"] = "true", ["Decision.Version"] = version });
        opened.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reviewUrl = opened.RequestMessage!.RequestUri!.PathAndQuery;
        reviewUrl.ShouldStartWith("/ProgrammeMonitoring/Reviews/Details");

        var page = await HtmlPages.GetOkAsync(aqd, reviewUrl);
        var reviewVersion = Parser.ParseDocument(page).QuerySelector("#review-form input[name='Input.Version']")!.GetAttribute("value")!;
        (await PostAsync(aqd, reviewUrl, null, new() { ["Input.SelfEvaluation"] = "Good", ["Input.Version"] = reviewVersion }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(aqd, reviewUrl, null, new() { ["Input.SelfEvaluation"] = "Stale", ["Input.Version"] = reviewVersion }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await PostAsync(aqd, reviewUrl, "Action", new() { ["Action.Text"] = "", ["Action.Indicator"] = "Employment" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync(aqd, reviewUrl, "Action", new()
            { ["Action.Text"] = "Career days", ["Action.Indicator"] = "Employment", ["Action.Deadline"] = "2030-06-01" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = Parser.ParseDocument(await HtmlPages.GetOkAsync(aqd, reviewUrl));
        var actionId = doc.QuerySelector("#actions tbody tr")!.Id!["action-".Length..];
        (await PostAsync(aqd, reviewUrl, "CloseAction", new() { ["ActionId"] = actionId })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var current = doc.QuerySelector("#review-form input[name='Input.Version']")!.GetAttribute("value")!;
        (await PostAsync(aqd, reviewUrl, "Complete", new() { ["Version"] = current })).StatusCode.ShouldBe(HttpStatusCode.OK);
        Parser.ParseDocument(await HtmlPages.GetOkAsync(aqd, reviewUrl)).QuerySelector("#review-state")!.TextContent.ShouldContain("Completed");
    }

    [Fact]
    public async Task CycleProcedureAndEffectivenessForms_Should_SaveOrRefuse_When_Submitted()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var aqd = await factory.SignInAsync("aqd", "ru");
        var programme = await ProgrammeIdAsync(aqd, "B057");
        const string reviews = "/ProgrammeMonitoring/Reviews";

        (await PostAsync(aqd, reviews, "Schedule", new() { ["ProgrammeId"] = programme, ["Schedule.CycleYears"] = "12", ["Schedule.Version"] = "1" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync(aqd, reviews, "Schedule", new() { ["ProgrammeId"] = programme, ["Schedule.CycleYears"] = "6", ["Schedule.Version"] = "1" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var started = await PostAsync(aqd, reviews, "Start", new() { ["ProgrammeId"] = programme, ["Kind"] = "YearlyMonitoring" });
        started.StatusCode.ShouldBe(HttpStatusCode.OK);
        started.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/ProgrammeMonitoring/Reviews/Details");

        const string procedures = "/ProgrammeMonitoring/Procedures";
        var units = await aqd.GetFromJsonAsync<JsonElement>("/api/programme-monitoring/procedures");
        var unit = units.EnumerateArray().First().GetProperty("unitId").GetString()!;
        (await PostAsync(aqd, procedures, null, new() { ["Input.Number"] = "12", ["Input.UnitId"] = unit, ["Input.OwnerName"] = "x",
            ["Input.Cycle"] = "Yearly", ["Input.FirstDueOn"] = "2026-09-01" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync(aqd, procedures, null, new() { ["Input.Number"] = "9", ["Input.UnitId"] = unit, ["Input.OwnerName"] = "Accreditation office",
            ["Input.Cycle"] = "Yearly", ["Input.FirstDueOn"] = "2026-09-01" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var overdue = Parser.ParseDocument(await HtmlPages.GetOkAsync(aqd, "/ProgrammeMonitoring/Procedures/Runs?OverdueOnly=true"));
        var runUrl = overdue.QuerySelector("#runs a")!.GetAttribute("href")!;
        var runPage = Parser.ParseDocument(await HtmlPages.GetOkAsync(aqd, runUrl));
        var runVersion = runPage.QuerySelector("#run-form input[name='Version']")!.GetAttribute("value")!;
        (await PostAsync(aqd, runUrl, null, new() { ["Findings"] = "", ["Version"] = runVersion })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync(aqd, runUrl, null, new() { ["Findings"] = "Catalogue extended", ["Version"] = runVersion }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(aqd, runUrl, "Action", new() { ["Input.Problem"] = "", ["Input.Action"] = "" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync(aqd, runUrl, "Action", new()
            { ["Input.Problem"] = "Few employers", ["Input.Action"] = "Invite the employers' council", ["Input.Deadline"] = "2030-01-15" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        Parser.ParseDocument(await HtmlPages.GetOkAsync(aqd, runUrl)).QuerySelectorAll("#run-actions tbody tr").Length.ShouldBe(1);

        const string effectiveness = "/ProgrammeMonitoring/Effectiveness";
        (await PostAsync(aqd, effectiveness, null, new()
        {
            ["Input.ProgrammeId"] = programme, ["Input.Year"] = "1990", ["Input.Indicator"] = "Employment",
            ["Input.Value"] = "80",
        })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync(aqd, effectiveness, null, new()
        {
            ["Input.ProgrammeId"] = programme, ["Input.Year"] = "2025", ["Input.Indicator"] = "Employment",
            ["Input.Value"] = "80",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(aqd, effectiveness, "Threshold", new() { ["Indicator"] = "Employment", ["Threshold.Target"] = "50",
            ["Threshold.AtRiskFrom"] = "60", ["Threshold.Version"] = "1" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PostAsync(aqd, effectiveness, "Threshold", new() { ["Indicator"] = "Employment", ["Threshold.Target"] = "80",
            ["Threshold.AtRiskFrom"] = "60", ["Threshold.Version"] = "1" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var chart = Parser.ParseDocument(await HtmlPages.GetOkAsync(aqd, $"{effectiveness}/Programme/{programme}"));
        chart.QuerySelector("#effectiveness-chart")!.GetAttribute("data-chart")!.ShouldContain("\"kind\":\"line\"");

        foreach (var export in new[] { $"{reviews}?handler=Export", $"{reviews}?handler=ExportSchedules", $"{reviews}/Triggers?handler=Export",
                     $"{procedures}?handler=Export", $"{procedures}/Runs?handler=Export", $"{effectiveness}?handler=Export",
                     $"{effectiveness}/Programme/{programme}?handler=Export" })
            Workbooks.ReadSheet(await aqd.GetByteArrayAsync(export)).Count.ShouldBeGreaterThan(1, export);
    }

    [Fact]
    public async Task MonitoringPages_Should_Answer404_When_RecordBelongsToAnotherSchool()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var aqd = await factory.SignInAsync("aqd", "kk");
        var mining = await ProgrammeIdAsync(aqd, "B071");
        var programmePage = await HtmlPages.GetOkAsync(aqd, $"/ProgrammeMonitoring/Programmes/Details/{mining}");
        var review = Parser.ParseDocument(programmePage).QuerySelector("#programme-monitoring a[href*='/Reviews/Details']")!.GetAttribute("href")!;
        await HtmlPages.GetOkAsync(aqd, review);

        var dean = await factory.SignInAsync("dean.sitis");
        (await dean.GetAsync(review)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await dean.GetAsync($"/ProgrammeMonitoring/Effectiveness/Programme/{mining}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await dean.GetAsync($"/api/programme-monitoring/reviews?programmeId={mining}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var page in new[] { "/ProgrammeMonitoring/Reviews", "/ProgrammeMonitoring/Reviews/Triggers", "/ProgrammeMonitoring/Procedures",
                     "/ProgrammeMonitoring/Procedures/Runs", "/ProgrammeMonitoring/Effectiveness" })
            (await HtmlPages.GetOkAsync(dean, page)).ShouldNotContain("B071");
    }

    private static async Task<string> ProgrammeIdAsync(HttpClient client, string groupCode) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/programme-monitoring/programmes?search=" + groupCode))
        .EnumerateArray().Single().GetProperty("id").GetString()!;

    /// <summary>Posts a page's form (or one of its handlers) with the page's antiforgery token, as the browser does.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string? handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        var target = handler == null ? url : url + (url.Contains('?') ? "&" : "?") + "handler=" + handler;
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex Token();
}
