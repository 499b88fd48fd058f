using System.Text.RegularExpressions;

namespace Ektu.Qa.Architecture.Tests;

/// <summary>
/// Module pages generate every link, form action and redirect
/// (<c>asp-page</c>, <c>RedirectToPage</c>, <c>&lt;post-button&gt;</c>), so route values such as the record's id come along
/// and a moved page cannot leave a dead link behind; confirmations are <c>data-confirm</c>, asked once by the site bundle.
/// </summary>
public sealed partial class PageLinkTests
{
    private static string ModulesRoot => Path.Combine(Modules.RepoRoot, "modules");

    private static List<string> PageFiles() =>
        Directory.EnumerateFiles(ModulesRoot, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cshtml.cs", StringComparison.Ordinal)
                        || f.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(ModulesRoot, f).Replace('\\', '/'))
            .Where(f => f.Contains("/Areas/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)
                        && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void ModulePages_Should_GenerateLinksAndRedirects_When_TheyPointIntoTheApp()
    {
        var files = PageFiles();
        files.Count.ShouldBeGreaterThan(60);
        var found = files
            .SelectMany(f => File.ReadAllLines(Path.Combine(ModulesRoot, f)).Select((line, i) => (f, line, n: i + 1)))
            .Where(x => HandWritten().IsMatch(x.line))
            .Select(x => $"{x.f}:{x.n}: {HandWritten().Match(x.line).Value}")
            .ToList();
        found.ShouldBeEmpty("write asp-page / asp-page-handler / asp-route-*, RedirectToPage(...) or <post-button> instead "
                            + "(\"~/\" for static files and API endpoints)");
    }

    [Theory]
    [InlineData("<a href=\"/QualityPolicy/Documents\">x</a>")]
    [InlineData("<form method=\"post\" action=\"/Reporting/Runs?handler=Retry\">")]
    [InlineData("<form method=\"post\" action=\"?handler=Retry\">")]
    [InlineData("<button formaction=\"?handler=Send\">")]
    [InlineData("return Redirect(\"/QaCommission/Capa/Details?id=\" + id);")]
    [InlineData("return LocalRedirect(\"/\");")]
    [InlineData("<a href=\"?id=@m.Id&handler=Scan\" id=\"scan-download\">")]
    [InlineData("<fieldset hx-get=\"/Reporting/Schedules/Edit?handler=Preview\">")]
    [InlineData("<button onclick=\"return confirm(this.dataset.confirm)\">")]
    public void HandWrittenPattern_Should_Match_When_LinkIsWrittenByHand(string line) =>
        HandWritten().IsMatch(line).ShouldBeTrue();

    [Theory]
    [InlineData("<a asp-page=\"/Documents/Details\" asp-route-id=\"@d.Id\">x</a>")]
    [InlineData("<link rel=\"stylesheet\" href=\"~/lib/designer.css\" />")]
    [InlineData("<form method=\"post\" asp-page-handler=\"Approve\">")]
    [InlineData("<post-button handler=\"Cancel\" confirm=\"@L[\"App:ConfirmDelete\"]\">")]
    [InlineData("return RedirectToPage(\"/Documents/Details\", new { id });")]
    [InlineData("<a href=\"@Url.Page(\"/Documents/Details\", new { id })\">x</a>")]
    public void HandWrittenPattern_Should_NotMatch_When_LinkIsGenerated(string line) =>
        HandWritten().IsMatch(line).ShouldBeFalse();

    // href="/…" or "?…", htmx's hx-get="/…", action="…", formaction="…" (not asp-action), Redirect("/…") and LocalRedirect("/…"),
    // and a script confirm() beside the one data-confirm mechanism.
    [GeneratedRegex(@"href=""[/?]|hx-(get|post|put|delete)=""/|(?<![\w-])(form)?action=""|Redirect\(""/|\bconfirm\(")]
    private static partial Regex HandWritten();
}
