using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// For each demo role, every page of the role's menu and the
/// record pages linked from them is opened, and every POST form and every submit button of it (its own formaction) is
/// submitted with the form's own values and antiforgery token. Nothing may answer 404, 405 or 500: a refusal (400, 403,
/// 409) or a redirect is an answer, a missing handler or route value is not. Pages and buttons are found by crawling, so
/// a page added later is covered without anyone listing it here.
/// </summary>
public sealed partial class PostCrawlTests
{
    private const int MaxPages = 250;

    /// <summary>Menu pages (0), the records they list (1) and the pages a record links to (2: lifecycle, edit, roles).</summary>
    private const int MaxDepth = 2;

    /// <summary>Record pages visited per page (ids stripped): two show that the links carry the id; more only cost time.</summary>
    private const int PerTemplate = 2;

    private static readonly HtmlParser Parser = new();

    private static readonly HttpStatusCode[] Broken = [HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed, HttpStatusCode.InternalServerError];

    [Theory]
    [MemberData(nameof(DemoRoles.Users), MemberType = typeof(DemoRoles))]
    public async Task EveryPostButton_Should_ReachItsHandler_When_RoleSubmitsItFromItsPages(string userName)
    {
        // A fresh database per role: the crawl deletes and cancels things, which must not leak into another role's run.
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync(userName);
        var failures = new List<string>();

        var pages = await CrawlAsync(client, failures);
        pages.Count.ShouldBeGreaterThan(userName == "teacher1" ? 2 : 5);
        var submissions = pages.SelectMany(p => Submissions(p.Url, p.Html, failures)).DistinctBy(s => s.Key).ToList();
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
        var found = Submissions("/Improvement/Appeals", html, failures).ToList();
        found.Count.ShouldBe(1);
        found[0].Url.ShouldBe("/Improvement/Appeals/Details?handler=Take");
        found[0].Fields.Select(f => f.Key + "=" + f.Value).ShouldBe(["__RequestVerificationToken=t", "Version=3", "Note=n"]);
        failures.ShouldBeEmpty();
    }

    internal static async Task<List<(string Url, string Html)>> CrawlAsync(HttpClient client, List<string> failures)
    {
        var home = await client.GetStringAsync("/");
        var menu = Parser.ParseDocument(home).QuerySelectorAll("nav.app-sidebar a.nav-link")
            .Select(a => a.GetAttribute("href")!).Where(InApp).Prepend("/").Distinct().ToList();
        var seen = new HashSet<string>(menu, StringComparer.Ordinal);
        var perTemplate = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<(string Url, int Depth)>(menu.Select(m => (m, 0)));
        var pages = new List<(string Url, string Html)>();
        while (queue.Count > 0 && pages.Count < MaxPages)
        {
            var (url, depth) = queue.Dequeue();
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"GET {url} → {(int)response.StatusCode}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var html = await response.Content.ReadAsStringAsync();
            pages.Add((url, html));
            if (depth >= MaxDepth) continue;
            foreach (var href in Parser.ParseDocument(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!InApp(href) || !seen.Add(href)) continue;
                var template = GuidPattern().Replace(href.Split('?')[0], "{id}") + "?" + string.Join("&", Keys(href));
                perTemplate[template] = perTemplate.GetValueOrDefault(template) + 1;
                if (perTemplate[template] <= PerTemplate) queue.Enqueue((href, depth + 1));
            }
        }
        queue.ShouldBeEmpty($"the crawl stopped at {MaxPages} pages");
        return pages;
    }

    /// <summary>Links the crawl follows: pages of this app, not files, exports, API calls, the culture switch or sign-out.</summary>
    private static bool InApp(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.StartsWith("/api/", StringComparison.Ordinal) && !href.StartsWith("/lib/", StringComparison.Ordinal)
        && !href.StartsWith("/culture/", StringComparison.Ordinal) && !href.StartsWith("/Identity/Account/", StringComparison.Ordinal)
        && !href.Contains("handler=", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Keys(string href) =>
        href.Contains('?') ? href[(href.IndexOf('?') + 1)..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal) : [];

    private static IEnumerable<Submission> Submissions(string pageUrl, string html, List<string> failures)
    {
        var doc = Parser.ParseDocument(html);
        var baseUri = new Uri(new Uri("http://localhost"), pageUrl);
        foreach (var form in doc.QuerySelectorAll("form").OfType<IHtmlFormElement>())
        {
            var formPost = string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase);
            var formAction = form.GetAttribute("action");
            var buttons = form.Elements.Where(IsSubmit).ToList();
            foreach (var button in buttons)
            {
                var method = button.GetAttribute("formmethod");
                if (!(method == null ? formPost : string.Equals(method, "post", StringComparison.OrdinalIgnoreCase))) continue;
                var action = button.GetAttribute("formaction") ?? formAction;
                var url = new Uri(baseUri, string.IsNullOrEmpty(action) ? pageUrl : action).PathAndQuery;
                // Signing out would end the crawl; it is the layout's own form, tested on its own.
                if (url.StartsWith("/Identity/Account/Logout", StringComparison.Ordinal)) continue;
                var fields = Fields(form, button).ToList();
                if (!fields.Any(f => f.Key == "__RequestVerificationToken"))
                    failures.Add($"{pageUrl}: a POST form to {url} has no antiforgery token");
                var label = button.Id ?? button.TextContent.Trim();
                var handler = HandlerName().Match(url).Groups[1].Value;
                var multipart = string.Equals(form.GetAttribute("enctype"), "multipart/form-data", StringComparison.OrdinalIgnoreCase);
                yield return new Submission(pageUrl, url, label, fields, multipart, Destructive().IsMatch(handler + " " + label));
            }
        }
    }

    private static bool IsSubmit(IElement e) => e switch
    {
        IHtmlButtonElement b => (b.GetAttribute("type") ?? "submit").Equals("submit", StringComparison.OrdinalIgnoreCase),
        IHtmlInputElement i => i.Type is "submit" or "image",
        _ => false,
    };

    /// <summary>What the browser would send: the form's successful controls, then the pressed button's own name/value.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Fields(IHtmlFormElement form, IElement pressed)
    {
        foreach (var e in form.Elements)
        {
            var name = e.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || e.HasAttribute("disabled")) continue;
            switch (e)
            {
                case IHtmlInputElement i when i.Type is "checkbox" or "radio":
                    if (i.IsChecked) yield return new(name, i.Value);
                    break;
                case IHtmlInputElement i when i.Type is "submit" or "image" or "button" or "reset" or "file":
                    break;
                case IHtmlInputElement i:
                    yield return new(name, i.Value);
                    break;
                case IHtmlSelectElement s:
                    yield return new(name, s.Value ?? "");
                    break;
                case IHtmlTextAreaElement t:
                    yield return new(name, t.Value);
                    break;
            }
        }
        var pressedName = pressed.GetAttribute("name");
        if (!string.IsNullOrEmpty(pressedName)) yield return new(pressedName, pressed.GetAttribute("value") ?? "");
    }

    internal sealed record Submission(string Page, string Url, string Button, List<KeyValuePair<string, string>> Fields, bool Multipart,
        bool Destructive)
    {
        public string Key =>
            Url + "|" + string.Join("&", Fields.Where(f => f.Key != "__RequestVerificationToken").Select(f => f.Key + "=" + f.Value));

        public HttpContent Content()
        {
            if (!Multipart) return new FormUrlEncodedContent(Fields);
            var content = new MultipartFormDataContent();
            foreach (var (k, v) in Fields) content.Add(new StringContent(v), k);
            return content;
        }
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    [GeneratedRegex(@"[?&]handler=([^&]*)", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerName();

    [GeneratedRegex("delete|remove|cancel|supersede|revoke|deactivate", RegexOptions.IgnoreCase)]
    private static partial Regex Destructive();
}
