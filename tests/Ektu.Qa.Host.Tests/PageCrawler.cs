using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The crawl the page tests share: a role's menu pages, the records they list and the pages a record links to; then
/// every POST form and submit button on them as the browser would submit it. Pages and buttons are found, not listed,
/// so a page added later is covered without anyone naming it.
/// </summary>
internal static partial class PageCrawler
{
    private const int MaxPages = 250;

    /// <summary>Menu pages (0), the records they list (1) and the pages a record links to (2: lifecycle, edit, roles).</summary>
    private const int MaxDepth = 2;

    /// <summary>Record pages visited per page (ids stripped): two show that the links carry the id; more only cost time.</summary>
    private const int PerTemplate = 2;

    private static readonly HtmlParser Parser = new();

    public static async Task<List<(string Url, string Html)>> CrawlAsync(HttpClient client, List<string> failures)
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
                var template = Template(href);
                perTemplate[template] = perTemplate.GetValueOrDefault(template) + 1;
                if (perTemplate[template] <= PerTemplate) queue.Enqueue((href, depth + 1));
            }
        }
        queue.ShouldBeEmpty($"the crawl stopped at {MaxPages} pages");
        return pages;
    }

    /// <summary>A URL with its ids stripped and only its query keys: the page it is, whichever record it shows.</summary>
    public static string Template(string url) => GuidPattern().Replace(url.Split('?')[0], "{id}") + "?" + string.Join("&", Keys(url));

    /// <summary>Links the crawl follows: pages of this app, not files, exports, API calls, the culture switch or sign-out.</summary>
    private static bool InApp(string href) =>
        href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal)
        && !href.StartsWith("/api/", StringComparison.Ordinal) && !href.StartsWith("/lib/", StringComparison.Ordinal)
        && !href.StartsWith("/culture/", StringComparison.Ordinal) && !href.StartsWith("/Identity/Account/", StringComparison.Ordinal)
        && !href.Contains("handler=", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Keys(string href) =>
        href.Contains('?') ? href[(href.IndexOf('?') + 1)..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal) : [];

    /// <summary>Every POST a page offers: one per submit button of each form, to the button's formaction or the form's action.</summary>
    public static IEnumerable<Submission> Submissions(string pageUrl, string html, List<string> failures)
    {
        var doc = Parser.ParseDocument(html);
        var baseUri = new Uri(new Uri("http://localhost"), pageUrl);
        foreach (var form in doc.QuerySelectorAll("form").OfType<IHtmlFormElement>())
        {
            var formPost = string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase);
            var formAction = form.GetAttribute("action");
            foreach (var button in form.Elements.Where(IsSubmit).ToList())
            {
                var method = button.GetAttribute("formmethod");
                if (!(method == null ? formPost : string.Equals(method, "post", StringComparison.OrdinalIgnoreCase))) continue;
                var action = button.GetAttribute("formaction") ?? formAction;
                var url = new Uri(baseUri, string.IsNullOrEmpty(action) ? pageUrl : action).PathAndQuery;
                // Signing out would end the crawl; it is the layout's own form, tested on its own.
                if (url.StartsWith("/Identity/Account/Logout", StringComparison.Ordinal)) continue;
                var fields = Fields(form, button).ToList();
                if (!fields.Any(f => f.Name == "__RequestVerificationToken"))
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

    /// <summary>
    /// What the browser would send: the form's successful controls, then the pressed button's own name/value. File inputs
    /// are listed (kind <c>file</c>) for the tests that attach a file; <see cref="Submission.Content"/> sends none by default.
    /// </summary>
    private static IEnumerable<FormField> Fields(IHtmlFormElement form, IElement pressed)
    {
        foreach (var e in form.Elements)
        {
            var name = e.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || e.HasAttribute("disabled")) continue;
            switch (e)
            {
                case IHtmlInputElement i when i.Type is "checkbox" or "radio":
                    if (i.IsChecked) yield return new(name, i.Value, i.Type);
                    break;
                case IHtmlInputElement i when i.Type is "submit" or "image" or "button" or "reset":
                    break;
                case IHtmlInputElement i:
                    yield return new(name, i.Type == "file" ? "" : i.Value, i.Type ?? "text");
                    break;
                case IHtmlSelectElement s:
                    yield return new(name, s.Value ?? "", "select", [.. s.Options.Select(o => o.Value)]);
                    break;
                case IHtmlTextAreaElement t:
                    yield return new(name, t.Value, "textarea");
                    break;
            }
        }
        var pressedName = pressed.GetAttribute("name");
        if (!string.IsNullOrEmpty(pressedName)) yield return new(pressedName, pressed.GetAttribute("value") ?? "", "button");
    }

    /// <summary>One control of a form: its name, its value, its kind (input type, select, textarea, button) and a select's options.</summary>
    internal sealed record FormField(string Name, string Value, string Kind, IReadOnlyList<string>? Options = null);

    /// <summary>A file a test attaches to every file input of a form.</summary>
    internal sealed record AttachedFile(string FileName, byte[] Content);

    internal sealed record Submission(string Page, string Url, string Button, List<FormField> Fields, bool Multipart, bool Destructive)
    {
        public string Key =>
            Url + "|" + string.Join("&", Fields.Where(f => f.Name != "__RequestVerificationToken").Select(f => f.Name + "=" + f.Value));

        /// <summary>
        /// The request body: every field's value, or what <paramref name="value"/> puts in its place (null keeps it), and
        /// <paramref name="file"/> in every file input of a multipart form.
        /// </summary>
        public HttpContent Content(Func<FormField, string?>? value = null, AttachedFile? file = null)
        {
            var values = Fields.Where(f => f.Kind != "file")
                .Select(f => new KeyValuePair<string, string>(f.Name, value?.Invoke(f) ?? f.Value)).ToList();
            if (!Multipart) return new FormUrlEncodedContent(values);
            var content = new MultipartFormDataContent();
            foreach (var (k, v) in values) content.Add(new StringContent(v), k);
            if (file != null)
                foreach (var f in Fields.Where(f => f.Kind == "file")) content.Add(new ByteArrayContent(file.Content), f.Name, file.FileName);
            return content;
        }
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    public static partial Regex GuidPattern();

    [GeneratedRegex(@"[?&]handler=([^&]*)", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerName();

    [GeneratedRegex("delete|remove|cancel|supersede|revoke|deactivate", RegexOptions.IgnoreCase)]
    private static partial Regex Destructive();
}
