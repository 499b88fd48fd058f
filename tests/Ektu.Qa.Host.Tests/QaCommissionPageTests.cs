using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

/// <summary>The commission pages behind the menu (commission, meeting, register) and the minutes download, in each culture.</summary>
public sealed partial class QaCommissionPageTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task CommissionPages_Should_Render_When_DeanFollowsLinks(string culture)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("dean.sitis", culture);
        var parser = new HtmlParser();
        var list = parser.ParseDocument(await client.GetStringAsync("/QaCommission/Commissions"));
        var details = list.QuerySelector("#commissions a")!.GetAttribute("href")!;
        var page = await HtmlPages.GetOkAsync(client, details);
        var meeting = parser.ParseDocument(page).QuerySelectorAll("#meetings a").Last().GetAttribute("href")!; // the held demo meeting (newest first)
        var meetingHtml = await HtmlPages.GetOkAsync(client, meeting);
        parser.ParseDocument(meetingHtml).QuerySelector("#quorum")!.TextContent.ShouldContain("3 / 4");
        await HtmlPages.GetOkAsync(client, parser.ParseDocument(page).QuerySelector("#register-link")!.GetAttribute("href")!);
        // The minutes link as the page renders it: the meeting id travels in the route, not in the query.
        var minutesLink = WebUtility.HtmlDecode(parser.ParseDocument(meetingHtml).QuerySelector("#minutes-ru")!.GetAttribute("href")!);
        minutesLink.ShouldStartWith(meeting);
        var minutes = await client.GetAsync(minutesLink);
        minutes.StatusCode.ShouldBe(HttpStatusCode.OK);
        minutes.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await client.GetAsync("/QaCommission/Commissions/Details?id=" + Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CommissionDetails_Should_AnswerNotFound_When_StaffOfAnotherSchool()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var dean = await factory.SignInAsync("dean.sitis");
        var details = new HtmlParser().ParseDocument(await dean.GetStringAsync("/QaCommission/Commissions"))
            .QuerySelector("#commissions a")!.GetAttribute("href")!;
        var other = await factory.SignInAsync("teacher3");
        (await other.GetAsync(details)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
