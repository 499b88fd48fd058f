using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Data collection, SWOT and collegial analysis pages: each form and button submitted as a person would, bad input answered
/// with a localized error, another school's record with 404; the push API and the Grafana series over HTTP.
/// </summary>
public sealed partial class InformationManagementDataPageTests
{
    [Fact]
    public async Task IndicatorPages_Should_CreateEnterImportAndEdit_When_FormsArePosted()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var aqd = await factory.SignInAsync("aqd");

        var bad = await QaWebFactory.PostFormAsync(aqd, "/InformationManagement/Indicators", new() { ["Input.Code"] = "" });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var created = await QaWebFactory.PostFormAsync(aqd, "/InformationManagement/Indicators", new()
        {
            ["Input.Code"] = "web-rate", ["Input.NameKk"] = "Көрсеткіш", ["Input.NameRu"] = "Показатель", ["Input.NameEn"] = "Rate",
            ["Input.Measure"] = "%", ["Input.Level"] = "School", ["Input.PeriodKind"] = "Year", ["Input.Threshold"] = "80",
            ["Input.Direction"] = "AtLeast", ["Input.OnDashboard"] = "true",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = created.RequestMessage!.RequestUri!.AbsolutePath;
        details.ShouldStartWith("/InformationManagement/Indicators/Details/");
        var page = await aqd.GetStringAsync(details);
        var sitis = UnitOption(page, "SITIS");

        var wrongPeriod = await PostAsync(aqd, details, "Value",
            new() { ["Value.UnitId"] = sitis, ["Value.Period"] = "2024-Q1", ["Value.Value"] = "81" });
        wrongPeriod.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongPeriod.Content.ReadAsStringAsync()).ShouldContain("is not written as the indicator");
        var saved = await PostAsync(aqd, details, "Value", new() { ["Value.UnitId"] = sitis, ["Value.Period"] = "2024", ["Value.Value"] = "81" });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var version = Regex.Match(await aqd.GetStringAsync(details), @"name=""Input.Version"" value=""(\d+)""").Groups[1].Value;
        var edited = await PostAsync(aqd, details, "Edit", new()
        {
            ["Input.NameKk"] = "Көрсеткіш", ["Input.NameRu"] = "Показатель", ["Input.NameEn"] = "Rate, edited", ["Input.Measure"] = "%",
            ["Input.Level"] = "School", ["Input.PeriodKind"] = "Year", ["Input.Threshold"] = "82", ["Input.Direction"] = "AtLeast",
            ["Input.Version"] = version,
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = WebUtility.HtmlDecode(await aqd.GetStringAsync(details));
        after.ShouldContain("Rate, edited");
        after.ShouldContain("id=\"indicator-chart\"");
        after.ShouldContain("Not met");

        var import = await aqd.GetStringAsync("/InformationManagement/Indicators/Import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token(import)), "__RequestVerificationToken" },
            { new StringContent("indicator"), "Mapping.Indicator" }, { new StringContent("unit"), "Mapping.Unit" },
            { new StringContent("period"), "Mapping.Period" }, { new StringContent("value"), "Mapping.Value" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("indicator,unit,period,value\nWEB-RATE,SEM,2024,70\nWEB-RATE,SEM,2023,lots\n")),
                "file", "values.csv" },
        };
        var imported = await aqd.PostAsync("/InformationManagement/Indicators/Import", form);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = WebUtility.HtmlDecode(await imported.Content.ReadAsStringAsync());
        result.ShouldContain("Created 1, updated 0, unchanged 0, failed 1");
        result.ShouldContain("Not a number with at most two decimals.");
    }

    [Fact]
    public async Task IndicatorApi_Should_PushOnceAndServeTheSeries_When_CalledWithTheApi()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var admin = await factory.SignInAsync("admin");
        object[] batch = [new { indicator = "GRAD-EMPLOYMENT", unit = "SITIS", period = "2015", value = 66.6 }];

        var first = await admin.PostAsJsonAsync("/api/information-management/indicators/values", batch);
        var again = await admin.PostAsJsonAsync("/api/information-management/indicators/values", batch);
        var series = await admin.GetFromJsonAsync<JsonElement>("/api/information-management/indicators/GRAD-EMPLOYMENT/series?unit=SITIS");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32().ShouldBe(1);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("unchanged").GetInt32().ShouldBe(1);
        var points = series.EnumerateArray().ToList();
        points.ShouldAllBe(p => p.GetProperty("unit").GetString() == "SITIS");
        points[0].GetProperty("period").GetString().ShouldBe("2015");
        points[0].GetProperty("value").GetDecimal().ShouldBe(66.6m);
        var teacher = await factory.SignInAsync("teacher1");
        (await teacher.GetAsync("/api/information-management/indicators/GRAD-EMPLOYMENT/series")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SwotPages_Should_CreateEditApproveAndHideOtherSchools_When_DeanPosts()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var dean = await factory.SignInAsync("dean.sitis");
        var index = await dean.GetStringAsync("/InformationManagement/Swot");
        var sitis = UnitOption(index, "SITIS");

        var empty = await QaWebFactory.PostFormAsync(dean, "/InformationManagement/Swot",
            new() { ["Input.UnitId"] = sitis, ["Input.Year"] = "2031" });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Write at least one item.");
        var created = await QaWebFactory.PostFormAsync(dean, "/InformationManagement/Swot", new()
            { ["Input.UnitId"] = sitis, ["Input.Year"] = "2031", ["Lists.Strengths"] = "Кадры\nЛаборатории", ["Lists.Threats"] = "Демография" });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = created.RequestMessage!.RequestUri!.AbsolutePath;
        var edited = await PostAsync(dean, details, "Edit",
            new() { ["Version"] = "1", ["Lists.Strengths"] = "Кадры", ["Lists.Weaknesses"] = "Гранты" });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);
        var approved = await PostAsync(dean, details, "Approve", new() { ["Version"] = "2" });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = WebUtility.HtmlDecode(await dean.GetStringAsync(details));
        page.ShouldContain("<li>Гранты</li>");
        page.ShouldContain("Approved");
        page.ShouldNotContain("id=\"approve-swot\"");

        var aqd = await factory.SignInAsync("aqd");
        var sem = UnitOption(await aqd.GetStringAsync("/InformationManagement/Swot"), "SEM");
        var other = await QaWebFactory.PostFormAsync(aqd, "/InformationManagement/Swot", new()
            { ["Input.UnitId"] = sem, ["Input.Year"] = "2031", ["Lists.Strengths"] = "Горное дело" });
        var otherUrl = other.RequestMessage!.RequestUri!.AbsolutePath;
        otherUrl.ShouldStartWith("/InformationManagement/Swot/Details/");
        (await dean.GetAsync(otherUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CollegialPages_Should_RecordAddAnItemAndRaiseItOnce_When_FormsArePosted()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var dean = await factory.SignInAsync("dean.sitis");
        var sitis = UnitOption(await dean.GetStringAsync("/InformationManagement/Collegial"), "SITIS");

        var future = await QaWebFactory.PostFormAsync(dean, "/InformationManagement/Collegial", new()
        {
            ["Input.UnitId"] = sitis, ["Input.Body"] = "SchoolCouncil", ["Input.HeldOn"] = "2099-01-01", ["Input.PlanKind"] = "ActionPlan",
            ["Input.Subject"] = "Итоги сессии", ["Input.Decisions"] = "Принять к сведению",
        });
        future.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var created = await QaWebFactory.PostFormAsync(dean, "/InformationManagement/Collegial", new()
        {
            ["Input.UnitId"] = sitis, ["Input.Body"] = "SchoolCouncil", ["Input.HeldOn"] = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd"),
            ["Input.PlanKind"] = "ActionPlan", ["Input.Subject"] = "Итоги сессии", ["Input.Decisions"] = "Принять к сведению",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = created.RequestMessage!.RequestUri!.AbsolutePath;
        var noDeadline = await PostAsync(dean, details, "Action",
            new() { ["NewAction.Action"] = "Консультации", ["NewAction.Responsible"] = "Кафедра" });
        noDeadline.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var added = await PostAsync(dean, details, "Action", new()
        {
            ["NewAction.Action"] = "Консультации", ["NewAction.Responsible"] = "Кафедра",
            ["NewAction.Deadline"] = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd"),
        });
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await dean.GetStringAsync(details);
        var actionId = Regex.Match(page, @"name=""ActionId"" value=""([0-9a-f-]{36})""").Groups[1].Value;
        actionId.ShouldNotBeEmpty();

        (await PostAsync(dean, details, "Capa", new() { ["ActionId"] = actionId })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(dean, details, "Capa", new() { ["ActionId"] = actionId })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var edited = await PostAsync(dean, details, "Edit", new()
        {
            ["Input.Body"] = "SchoolCouncil", ["Input.HeldOn"] = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd"), ["Input.PlanKind"] = "RoadMap",
            ["Input.Subject"] = "Итоги сессии", ["Input.Decisions"] = "Утвердить дорожную карту", ["Input.Version"] = "1",
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = WebUtility.HtmlDecode(await dean.GetStringAsync(details));
        after.ShouldContain("Raised as CAPA");
        after.ShouldContain("Утвердить дорожную карту");
        var capa = await dean.GetFromJsonAsync<JsonElement>("/api/improvement/capa");
        capa.EnumerateArray().Count(c => c.GetProperty("sourceId").GetString() == actionId).ShouldBe(1);
    }

    /// <summary>Posts the fields to a handler of the page, with the antiforgery token the page gave.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = Token(await client.GetStringAsync(page));
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static string Token(string html) => WebUtility.HtmlDecode(AntiforgeryToken().Match(html).Groups[1].Value);

    /// <summary>The id of a school in the page's unit picker, by its code (the option shows the English name).</summary>
    private static string UnitOption(string html, string code)
    {
        var name = code == "SITIS" ? "School of Information Technology" : "School of Earth";
        var m = Regex.Match(WebUtility.HtmlDecode(html), $@"<option value=""([0-9a-f-]{{36}})""[^>]*>[^<]*{name}");
        m.Success.ShouldBeTrue($"no unit {code} to pick");
        return m.Groups[1].Value;
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
