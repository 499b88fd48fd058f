using System.Net;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The elective catalogue pages and the programme passport download: each form of the catalogue submitted as a person
/// would (a refused one answers with its localized error, never a 500), the exports, and another school's catalogue a 404.
/// </summary>
public sealed class ElectivePageTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task ElectivePages_Should_RenderAndExport_When_QualityOfficeFollowsLinks(string culture)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("aqd", culture);
        var list = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/ProgrammeMonitoring/Electives"));
        list.QuerySelectorAll("#elective-catalogues tbody tr").Length.ShouldBe(4);
        await ExpectWorkbookAsync(client, list.QuerySelector("#export-elective-catalogues")!.GetAttribute("href")!);
        var details = list.QuerySelector("#elective-catalogues a")!.GetAttribute("href")!;
        var page = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        page.QuerySelector("#added-courses")!.TextContent.ShouldNotContain("—");
        await ExpectWorkbookAsync(client, WebUtility.HtmlDecode(page.QuerySelector("#export-elective-courses")!.GetAttribute("href")!));
        (await client.GetAsync("/ProgrammeMonitoring/Electives/Details/" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CatalogueForms_Should_CreateProposeEndorseAnalyseAndPublish_When_Submitted()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("aqd", "en");
        var index = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/ProgrammeMonitoring/Electives"));
        var school = index.QuerySelectorAll("#c-school option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;

        var refused = await QaWebFactory.PostFormAsync(client, "/ProgrammeMonitoring/Electives", new()
        {
            ["Input.SchoolId"] = school, ["Input.AcademicYear"] = "1800",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("validation-summary-errors");
        var created = await QaWebFactory.PostFormAsync(client, "/ProgrammeMonitoring/Electives", new()
        {
            ["Input.SchoolId"] = school, ["Input.AcademicYear"] = "2031",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        var details = created.RequestMessage!.RequestUri!.AbsolutePath;
        details.ShouldStartWith("/ProgrammeMonitoring/Electives/Details/");
        var page = Parser.ParseDocument(await created.Content.ReadAsStringAsync());
        var department = page.QuerySelector("#k-dep option")!.GetAttribute("value")!;

        var course = new Dictionary<string, string>
        {
            ["Course.Code"] = "cld500", ["Course.TitleKk"] = "Бұлт", ["Course.TitleRu"] = "Облако", ["Course.TitleEn"] = "",
            ["Course.DepartmentId"] = department, ["Course.Credits"] = "5", ["Course.Semester"] = "6", ["Course.ProgrammeId"] = "",
            ["Course.Outcomes"] = "",
        };
        var missing = await PostAsync(client, details, "Add", course);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("validation-summary-errors");
        course["Course.TitleEn"] = "Cloud";
        (await PostAsync(client, details, "Add", course)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var withCourse = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        var form = withCourse.QuerySelector("#course-CLD500 .endorse-form")!;
        var courseId = form.QuerySelector("input[name=CourseId]")!.GetAttribute("value")!;
        var courseVersion = form.QuerySelector("input[name='Endorsement.Version']")!.GetAttribute("value")!;
        var publishEarly = await PostAsync(client, details, "Publish", new() { ["Version"] = CatalogueVersion(withCourse) });
        publishEarly.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await publishEarly.Content.ReadAsStringAsync()).ShouldContain("Every course must be endorsed by an employer first.");

        (await PostAsync(client, details, "Endorse", new()
        {
            ["CourseId"] = courseId, ["Endorsement.Version"] = courseVersion, ["Endorsement.Organisation"] = "Kazzinc LLP",
            ["Endorsement.Person"] = "A. Serikbayev", ["Endorsement.EndorsedOn"] = "2026-01-15", ["Endorsement.Comment"] = "Needed",
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var endorsed = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        endorsed.QuerySelector("#course-CLD500 .endorsement")!.TextContent.ShouldContain("Kazzinc LLP");
        (await PostAsync(client, details, "Analysis", new()
        {
            ["Analysis.Analysis"] = "Cloud added at the employers' request", ["Analysis.Version"] = CatalogueVersion(endorsed),
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var analysed = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        analysed.QuerySelector("#analysis-text")!.TextContent.ShouldContain("employers' request");
        (await PostAsync(client, details, "Publish", new() { ["Version"] = CatalogueVersion(analysed) })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var published = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        published.QuerySelector("#catalogue-status")!.TextContent.ShouldContain("Published");
        published.QuerySelector("#course-form").ShouldBeNull();
        var other = await factory.SignInAsync("teacher3");
        (await other.GetAsync(details)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RemoveButton_Should_TakeTheCourseOut_When_Pressed()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("aqd", "en");
        var list = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/ProgrammeMonitoring/Electives"));
        var draft = list.QuerySelectorAll("#elective-catalogues tbody tr").First(r => r.TextContent.Contains("Draft"))
            .QuerySelector("a")!.GetAttribute("href")!;
        var page = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, draft));
        var button = page.QuerySelector("#elective-courses [id^=remove-]")!;
        var code = button.Id!["remove-".Length..];
        var courseId = button.Closest("form")!.QuerySelector("input[name=CourseId]")!.GetAttribute("value")!;

        (await PostAsync(client, draft, "Remove", new() { ["CourseId"] = courseId })).StatusCode.ShouldBe(HttpStatusCode.OK);

        Parser.ParseDocument(await HtmlPages.GetOkAsync(client, draft)).QuerySelector("#course-" + code).ShouldBeNull();
    }

    [Fact]
    public async Task PassportLinks_Should_DownloadAWordDocument_When_EachLanguageIsPicked()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("aqd", "en");
        var list = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/ProgrammeMonitoring/Programmes"));
        var details = list.QuerySelector("#programmes a")!.GetAttribute("href")!;
        var page = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));

        foreach (var lang in new[] { "kk", "ru", "en" })
        {
            var link = WebUtility.HtmlDecode(page.QuerySelector($"[id^=passport-][id$=-{lang}]")!.GetAttribute("href")!);
            var r = await client.GetAsync(link);
            r.StatusCode.ShouldBe(HttpStatusCode.OK, link);
            r.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            var disposition = r.Content.Headers.ContentDisposition!;
            (disposition.FileNameStar ?? disposition.FileName?.Trim('"') ?? "").ShouldEndWith($"-{lang}.docx");
        }
        var other = await factory.SignInAsync("teacher3");
        var first = WebUtility.HtmlDecode(page.QuerySelector("[id^=passport-][id$=-kk]")!.GetAttribute("href")!);
        (await other.GetAsync(first)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string CatalogueVersion(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("#publish-catalogue")!.Closest("form")!.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    private static async Task ExpectWorkbookAsync(HttpClient client, string url)
    {
        var r = await client.GetAsync(url);
        r.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        r.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    /// <summary>Posts a form of the catalogue page to its handler with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = Parser.ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields["__RequestVerificationToken"] = token;
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }
}
