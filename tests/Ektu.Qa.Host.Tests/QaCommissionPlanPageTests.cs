using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The QaCommission pages of work plans with their approval, the monitoring calendar, elections,
/// the programmes committee (БББК) list and the uploads, through real page posts with antiforgery tokens.
/// </summary>
public sealed partial class QaCommissionPlanPageTests
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task PlanPages_Should_Render_When_DeanOpensThemInEachCulture(string culture)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("dean.sitis", culture);
        var details = await CommissionUrlAsync(client);
        var page = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        foreach (var link in new[] { "#plans-link", "#elections-link", "#bbbk-link" })
            await HtmlPages.GetOkAsync(client, page.QuerySelector(link)!.GetAttribute("href")!);
        var plans = page.QuerySelector("#plans-link")!.GetAttribute("href")!;
        Parser.ParseDocument(await HtmlPages.GetOkAsync(client, UrlQuery.With(plans, "tab=calendar"))).QuerySelector("#event-form").ShouldNotBeNull();
        var meeting = page.QuerySelectorAll("#meetings a").Last().GetAttribute("href")!;
        Parser.ParseDocument(await HtmlPages.GetOkAsync(client, meeting)).QuerySelector("#presiding strong")!.TextContent.ShouldNotBe("—");
    }

    [Fact]
    public async Task PlanPage_Should_CreatePlanAddLineAndSubmit_When_DeanPostsTheForms()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("dean.sitis");
        var commissionId = Id(await CommissionUrlAsync(client));
        var url = "/QaCommission/Plans/" + commissionId;

        (await PostAsync(client, url, UrlQuery.With(url, "handler=CreatePlan"),
            new() { ["AcademicYear"] = "2027" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, url));
        var plan = doc.QuerySelector("#plan-2027")!;
        plan.QuerySelector(".plan-status")!.TextContent.ShouldBe("Draft");
        var itemAction = plan.QuerySelector(".item-form")!.GetAttribute("action")!;
        var version = plan.QuerySelector(".item-form input[name='Item.Version']")!.GetAttribute("value")!;

        // Sent empty: refused with the module's message, nothing started.
        var empty = await PostAsync(client, url, WebUtility.HtmlDecode(plan.QuerySelector(".submit-form")!.GetAttribute("action")!),
            new() { ["Version"] = version });
        empty.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        Errors(await empty.Content.ReadAsStringAsync()).ShouldContain("Add at least one line");

        // A calendar check without a title: the message stands beside the calendar form's title field, not only in the
        // page's summary (the page has several forms, each binding its own prefix).
        var untitled = await PostAsync(client, url, UrlQuery.With(url, "handler=AddEvent"), new()
        {
            ["Event.Title"] = "", ["Event.Programme"] = "6B06101", ["Event.Responsible"] = "Secretary",
            ["Event.StartsOn"] = "2027-03-01", ["Event.EndsOn"] = "2027-03-02",
        });
        untitled.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Parser.ParseDocument(await untitled.Content.ReadAsStringAsync())
            .QuerySelector("[data-valmsg-for='Event.Title']")!.TextContent.Trim().ShouldNotBeEmpty();

        (await PostAsync(client, url, WebUtility.HtmlDecode(itemAction), new()
        {
            ["Item.Title"] = "Monitoring of the 6B06101 programme", ["Item.Responsible"] = "Secretary", ["Item.DueOn"] = "2027-11-30",
                ["Item.Version"] = version,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        plan = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, url)).QuerySelector("#plan-2027")!;
        plan.QuerySelector(".plan-items tbody")!.TextContent.ShouldContain("Monitoring of the 6B06101 programme");
        var submitAction = WebUtility.HtmlDecode(plan.QuerySelector(".submit-form")!.GetAttribute("action")!);
        var fresh = plan.QuerySelector(".submit-form input[name=Version]")!.GetAttribute("value")!;

        var stale = await PostAsync(client, url, submitAction, new() { ["Version"] = version });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        Errors(await stale.Content.ReadAsStringAsync()).ShouldContain("Someone else changed this record");

        (await PostAsync(client, url, submitAction, new() { ["Version"] = fresh })).StatusCode.ShouldBe(HttpStatusCode.OK);
        plan = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, url)).QuerySelector("#plan-2027")!;
        plan.QuerySelector(".plan-status")!.TextContent.ShouldBe("On approval");
        plan.QuerySelector(".approval-link")!.GetAttribute("href")!.ShouldStartWith("/Workflow/Instances/Details/");
        plan.QuerySelector(".submit-form").ShouldBeNull();
        await HtmlPages.GetOkAsync(client, plan.QuerySelector(".approval-link")!.GetAttribute("href")!);

        var export = await client.GetAsync(UrlQuery.With(url, "handler=Export"));
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await export.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(500);
    }

    [Theory]
    [InlineData("en", "This file type is not allowed")]
    [InlineData("ru", "Этот тип файла не допускается")]
    public async Task OrderUpload_Should_RefuseWithLocalizedFieldError_When_ExecutableRenamedPdf(string culture, string message)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("dean.sitis", culture);
        var details = await CommissionUrlAsync(client);
        var page = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        var version = page.QuerySelector("#order-form input[name=Version]")!.GetAttribute("value")!;
        var exe = new byte[4096];
        "MZ"u8.CopyTo(exe);
        var response = await PostFileAsync(client, details, UrlQuery.With(details, "handler=Order"), "OrderFile", "order.pdf", exe,
            new() { ["Version"] = version });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Errors(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        var after = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        after.QuerySelector("#order-download").ShouldBeNull();
        after.QuerySelector("#order-form input[name=Version]")!.GetAttribute("value").ShouldBe(version);

        var pdf = Ektu.Qa.TestKit.TestFiles.Pdf("order");
        (await PostFileAsync(client, details, UrlQuery.With(details, "handler=Order"), "OrderFile", "order-45.pdf", pdf,
            new() { ["Version"] = version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details)).QuerySelector("#order-download")!;
        link.TextContent.ShouldBe("order-45.pdf");
        (await client.GetByteArrayAsync(UrlQuery.With(details, "handler=Order"))).ShouldBe(pdf);
    }

    [Fact]
    public async Task CommissionPage_Should_RefuseStudentOnProgrammeCommittee_When_DeanAddsHimAsMember()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("dean.sitis");
        var details = await CommissionUrlAsync(client);
        var bbbk = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details)).QuerySelector("#bbbk-link")!.GetAttribute("href")!;
        var student = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, bbbk)).QuerySelectorAll("#bbbk-form option")
            .Single(o => o.TextContent.Contains("Нұрланов", StringComparison.Ordinal)).GetAttribute("value")!;
        (await PostAsync(client, bbbk,
            WebUtility.HtmlDecode(Parser.ParseDocument(await HtmlPages.GetOkAsync(client, bbbk))
            .QuerySelector("#bbbk-form")!.GetAttribute("action")!),
            new() { ["UserId"] = student })).StatusCode.ShouldBe(HttpStatusCode.OK);
        Parser.ParseDocument(await HtmlPages.GetOkAsync(client, bbbk)).QuerySelector("#bbbk")!.TextContent.ShouldContain("Нұрланов");

        var version = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details))
            .QuerySelector("#member-form input[name='Member.Version']")!.GetAttribute("value")!;
        var refused = await PostAsync(client, details, UrlQuery.With(details, "handler=AddMember"), new()
        {
            ["Member.UserId"] = student, ["Member.Kind"] = "Student", ["Member.YearsInHigherEducation"] = "0", ["Member.Version"] = version,
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        Errors(await refused.Content.ReadAsStringAsync()).ShouldContain("programmes committee (БББК) cannot sit on the commission");
    }

    [Fact]
    public async Task PlanPages_Should_AnswerNotFound_When_StaffOfAnotherSchool()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var dean = await factory.SignInAsync("dean.sitis");
        var details = await CommissionUrlAsync(dean);
        var page = Parser.ParseDocument(await HtmlPages.GetOkAsync(dean, details));
        var other = await factory.SignInAsync("teacher3");
        foreach (var link in new[] { "#plans-link", "#elections-link", "#bbbk-link" })
        {
            var href = page.QuerySelector(link)!.GetAttribute("href")!;
            (await other.GetAsync(href)).StatusCode.ShouldBe(HttpStatusCode.NotFound, href);
        }
    }

    private static async Task<string> CommissionUrlAsync(HttpClient client) =>
        Parser.ParseDocument(await client.GetStringAsync("/QaCommission/Commissions")).QuerySelector("#commissions a")!.GetAttribute("href")!;

    /// <summary>The record id of a page link, which carries it in the route (<c>/Details/{id}</c>).</summary>
    private static string Id(string url) => Guid.Parse(Regex.Match(url, "[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}").Value).ToString();

    private static string Errors(string html) =>
        Parser.ParseDocument(html).QuerySelector("[data-valmsg-summary], .validation-summary-errors, #errors")?.TextContent ?? "";


    /// <summary>Takes the antiforgery token from <paramref name="formPage"/> and posts the fields to <paramref name="action"/>.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client, formPage);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string formPage, string action, string field, string fileName,
        byte[] content, Dictionary<string, string> fields)
    {
        var form = new MultipartFormDataContent { { new StringContent(await TokenAsync(client, formPage)), "__RequestVerificationToken" } };
        foreach (var (k, v) in fields) form.Add(new StringContent(v), k);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, field, fileName);
        return await client.PostAsync(action, form);
    }

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var token = Parser.ParseDocument(await client.GetStringAsync(url)).QuerySelector("input[name=__RequestVerificationToken]");
        token.ShouldNotBeNull($"no antiforgery token on {url}");
        return token.GetAttribute("value")!;
    }
}
