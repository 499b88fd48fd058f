using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Ektu.Qa.TestKit;
using static Ektu.Qa.Host.Tests.PageCrawler;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The hostile version of <see cref="PostCrawlTests"/>: every POST form a role reaches is submitted once per kind of hostile
/// value, that value in every field of the matching type (text, dates and numbers, choices and ids, files). Every answer
/// is a refusal or a success, never a 5xx, a missing handler or raw exception text; a refusal that shows the page again
/// says why in the person's language (ru and kk passes) and keeps the form; what was typed is never echoed as markup.
/// </summary>
public sealed partial class HostileFormCrawlTests
{
    /// <summary>One kind of hostile input: the value it puts in a field (null leaves the field as it was), or the file it attaches.</summary>
    private sealed record Hostile(string Name, Func<FormField, string?> Value, AttachedFile? File = null)
    {
        public override string ToString() => Name;
    }

    private static readonly string[] TextKinds = ["text", "textarea", "search", "email", "url", "tel"];

    private static readonly string[] DateNumberKinds = ["date", "datetime-local", "number", "month", "week", "time"];

    private static readonly Hostile[] Kinds =
    [
        Text("control characters", "a\u0000b\u0007c\u202Ed"),
        Text("100,000 characters", new string('ж', 100_000)),
        Text("script", "<script>alert(1)</script>"),
        Text("SQL", "' OR 1=1 --"),
        Text("only whitespace", "  \t  "),
        .. new[] { "0001-01-01", "9999-12-31", "2026-02-30", "abc", "-1", "1e30" }
            .Select(v => new Hostile("date/number " + v, f => DateNumberKinds.Contains(f.Kind) ? v : null)),
        Choice("unknown GUID", _ => Guid.NewGuid().ToString()),
        Choice("not an option", f => f.Kind == "select" ? "no-such-option" : "not-a-guid"),
        Choice("empty choice", _ => ""),
        File("PNG named .docx", new("evidence.docx", HostileFiles.Png)),
        File("noise named .pdf", new("report.pdf", HostileFiles.Noise(4096))),
        File("zero bytes", new("empty.xlsx", [])),
        File("XLSX with an external entity", new("import.xlsx", HostileFiles.XlsxWithExternalEntity())),
    ];

    /// <summary>All roles on SQLite (each in ru or kk, so refusals must be localized), the admin once more on MariaDB when configured.</summary>
    public static TheoryData<string, string, string> Runs
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            for (var i = 0; i < DemoRoles.UserNames.Count; i++) data.Add(DemoRoles.UserNames[i], i % 2 == 0 ? "ru" : "kk", TestDatabases.Sqlite);
            if (TestDatabases.MySqlConnectionString != null) data.Add("admin", "ru", TestDatabases.MySql);
            return data;
        }
    }

    [Theory, MemberData(nameof(Runs))]
    public async Task EveryPostForm_Should_RefuseHostileValuesInThePersonsLanguage_When_RoleSubmitsThem(
        string userName, string culture, string provider)
    {
        var clock = Stopwatch.StartNew();
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var client = await factory.SignInAsync(userName);
        // The language switcher's cookie, as a person sets it (it outranks the client's Accept-Language: en).
        (await client.GetAsync($"/culture/{culture}?returnUrl=/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var failures = new List<string>();

        var pages = await CrawlAsync(client, failures);
        // One form per page template and field set: a second record's copy of a form costs time and finds nothing new.
        var forms = pages.SelectMany(p => Submissions(p.Url, p.Html, failures))
            .DistinctBy(s => Template(s.Url) + "|" + s.Button + "|" + string.Join("&", s.Fields.Select(f => f.Name)))
            .OrderBy(s => s.Destructive).ToList();
        var requests = 0;
        foreach (var form in forms)
            foreach (var kind in Kinds.Where(k => Applies(k, form)))
            {
                requests++;
                using var response = await client.PostAsync(form.Url, form.Content(kind.Value, kind.File));
                var body = await response.Content.ReadAsStringAsync();
                foreach (var problem in Problems(kind, form, response, body, culture))
                    failures.Add($"POST {form.Url} ({form.Button}) from {form.Page} [{kind}] → {(int)response.StatusCode}: {problem}");
            }

        failures.ShouldBeEmpty($"{userName}: {pages.Count} pages, {forms.Count} forms, {requests} requests, {clock.Elapsed.TotalSeconds:0}s\n"
            + string.Join('\n', failures.Take(60)));
    }

    private static Hostile Text(string name, string value) => new(name, f => TextKinds.Contains(f.Kind) ? value : null);

    private static Hostile Choice(string name, Func<FormField, string> value) =>
        new(name, f => f.Kind == "select" || f.Kind == "hidden" && FullGuid().IsMatch(f.Value) ? value(f) : null);

    private static Hostile File(string name, AttachedFile file) => new(name, _ => null, file);

    private static bool Applies(Hostile kind, Submission form) =>
        kind.File != null ? form.Multipart && form.Fields.Any(f => f.Kind == "file") : form.Fields.Any(f => kind.Value(f) != null);

    private static IEnumerable<string> Problems(Hostile kind, Submission form, HttpResponseMessage response, string body, string culture)
    {
        var status = (int)response.StatusCode;
        // An unknown or foreign id is a 404 by the house rules; anything else reached its handler in the plain crawl.
        var notFoundAllowed = kind.Name is "unknown GUID" or "not an option" or "empty choice";
        if (status >= 500 || status == 405 || status == 404 && !notFoundAllowed) yield return "status";
        if (RawError().Match(body) is { Success: true } raw) yield return "raw error text: " + Around(body, raw.Index);
        if (body.Contains("<script>alert(1)</script>", StringComparison.Ordinal)) yield return "the typed script is echoed as markup";
        if (body.Contains(HostileFiles.LeakMarker, StringComparison.Ordinal)) yield return "the external entity was resolved";
        if (status is not (400 or 422) || response.Content.Headers.ContentType?.MediaType != "text/html") yield break;
        if (!body.Contains("<form", StringComparison.Ordinal)) yield return "the refusal shows no form";
        // A hidden id a person cannot type may be refused without a word; what the person typed or chose may not.
        var typed = kind.File != null || form.Fields.Any(f => f.Kind != "hidden" && kind.Value(f) != null);
        if (typed && !ShownError().IsMatch(body)) yield return "the refusal shows no error message";
        if (culture != "en" && EnglishDefault().Match(body) is { Success: true } english)
            yield return "English default text: " + Around(body, english.Index);
    }

    private static string Around(string body, int index) =>
        body.Substring(Math.Max(0, index - 80), Math.Min(200, body.Length - Math.Max(0, index - 80))).ReplaceLineEndings(" ");

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex FullGuid();

    [GeneratedRegex(@"Exception\b|   at Ektu\.|\bSystem\.[A-Z]\w+|SQLite Error|MySqlConnector|\bMicrosoft\.(AspNetCore|Data)\.")]
    private static partial Regex RawError();

    /// <summary>A field message, a summary entry or an alert with text, or the error page (a form that cannot be read at all).</summary>
    [GeneratedRegex(@"class=""[^""]*\b(field-validation-error|validation-summary-errors|alert-danger)\b[^""]*""[^>]*>\s*(<ul>\s*<li>)?\s*[^<\s]"
        + @"|id=""error-page"" data-status=""400""")]
    private static partial Regex ShownError();

    [GeneratedRegex(@"The value '[^']*' is (not )?(valid|invalid)|is not valid for|The field \w+ (is|must)|field is required|must be a number"
        + @"|A value for the '|The supplied value is invalid|is invalid\.")]
    private static partial Regex EnglishDefault();
}
