using System.Net;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// For each demo role, every page of the role's menu and the
/// record pages linked from them is opened, and every POST form and every submit button of it (its own formaction) is
/// submitted with the form's own values and antiforgery token. Nothing may answer 404, 405 or 500: a refusal (400, 403,
/// 409) or a redirect is an answer, a missing handler or route value is not. Pages and buttons are found by crawling, so
/// a page added later is covered without anyone listing it here.
/// </summary>
public sealed class PostCrawlTests
{
    private static readonly HttpStatusCode[] Broken = [HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed, HttpStatusCode.InternalServerError];

    [Theory]
    [MemberData(nameof(DemoRoles.Users), MemberType = typeof(DemoRoles))]
    public async Task EveryPostButton_Should_ReachItsHandler_When_RoleSubmitsItFromItsPages(string userName)
    {
        // A fresh database per role: the crawl deletes and cancels things, which must not leak into another role's run.
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync(userName);
        var failures = new List<string>();

        var pages = await PageCrawler.CrawlAsync(client, failures);
        pages.Count.ShouldBeGreaterThan(userName == "teacher1" ? 2 : 5);
        var submissions = pages.SelectMany(p => PageCrawler.Submissions(p.Url, p.Html, failures)).DistinctBy(s => s.Key).ToList();
        if (userName == "admin") submissions.Count.ShouldBeGreaterThan(20);

        // Deleting, removing and cancelling go last, so the rest of the crawl still finds its records.
        foreach (var s in submissions.OrderBy(s => s.Destructive))
        {
            var response = await client.PostAsync(s.Url, s.Content());
            if (Broken.Contains(response.StatusCode))
                failures.Add($"POST {s.Url} ({s.Button}) from {s.Page} → {(int)response.StatusCode}");
        }

        failures.ShouldBeEmpty($"{userName}: {pages.Count} pages, {submissions.Count} submissions");
    }

    [Fact]
    public void Submissions_Should_UseButtonsFormaction_When_ButtonOverridesTheFormsAction()
    {
        const string html = """
            <form method="post" action="/Improvement/Appeals/Details/1d7a4a2e-0000-0000-0000-000000000001">
              <input type="hidden" name="__RequestVerificationToken" value="t" /><input type="hidden" name="Version" value="3" />
              <textarea name="Note">n</textarea><input type="checkbox" name="Flag" value="true" />
              <button formaction="/Improvement/Appeals/Details?handler=Take" id="take">Take</button>
              <button type="button">no submit</button>
            </form>
            <form method="post" action="/Identity/Account/Logout"><button id="logout">Logout</button></form>
            <form method="get"><button>Search</button></form>
            """;
        var failures = new List<string>();
        var found = PageCrawler.Submissions("/Improvement/Appeals", html, failures).ToList();
        found.Count.ShouldBe(1);
        found[0].Url.ShouldBe("/Improvement/Appeals/Details?handler=Take");
        found[0].Fields.Select(f => f.Name + "=" + f.Value).ShouldBe(["__RequestVerificationToken=t", "Version=3", "Note=n"]);
        failures.ShouldBeEmpty();
    }
}
