using System.Text.RegularExpressions;

namespace Ektu.Qa.Architecture.Tests;

/// <summary>
/// Rough edges and WCAG 2.1 AA, held in the markup of every module page so a page added later keeps them:
/// a label names its field (<c>for</c> / <c>asp-for</c>), a list table says when it is empty (<c>empty-when</c>), and a
/// unit is chosen with the one tree picker (<c>&lt;unit-picker&gt;</c>), never a hand-built list of units.
/// </summary>
public sealed partial class PageMarkupTests
{
    private static string ModulesRoot => Path.Combine(Modules.RepoRoot, "modules");

    private static List<(string File, string Text)> Pages() =>
        Directory.EnumerateFiles(ModulesRoot, "*.cshtml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ModulesRoot, f).Replace('\\', '/'))
            .Where(f => f.Contains("/Areas/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)
                        && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(ModulesRoot, f))))
            .ToList();

    [Fact]
    public void ModulePages_Should_LabelEveryField_When_TheyHaveLabels()
    {
        var found = Pages().SelectMany(p => Label().Matches(p.Text).Where(Unnamed).Select(m => $"{p.File}: {m.Groups[1].Value}")).ToList();
        found.ShouldBeEmpty("give the label for=\"id\" or asp-for=\"Input.X\": a label that names no field leaves it unnamed for screen readers");
    }

    /// <summary>Tables that are never empty (figures, one table per group).</summary>
    private static readonly string[] NeverEmpty =
    [
        "Improvement/Ektu.Qa.Improvement/Areas/Improvement/Pages/Appeals/Index.cshtml: "
            + "<table class=\"table table-sm table-compact\" id=\"appeal-statistics\"",
        "QualityPolicy/Ektu.Qa.QualityPolicy/Areas/QualityPolicy/Pages/Standards/Index.cshtml:",
    ];

    [Fact]
    public void ModulePages_Should_SayWhenAListIsEmpty_When_TheyListRows()
    {
        var tables = Pages().SelectMany(p => Table().Matches(p.Text).Select(m => (p.File, m.Value))).ToList();
        tables.Count.ShouldBeGreaterThan(30);
        var found = tables
            .Where(t => t.Value.Contains("@foreach", StringComparison.Ordinal) && !t.Value.Contains("Enum.GetValues", StringComparison.Ordinal))
            .Where(t => !TableStart().Match(t.Value).Value.Contains("empty-when=", StringComparison.Ordinal))
            .Select(t => $"{t.File}: {TableStart().Match(t.Value).Value}")
            .Where(t => !NeverEmpty.Any(e => t.StartsWith(e, StringComparison.Ordinal)))
            .ToList();
        found.ShouldBeEmpty("add empty-when=\"@(!Model.Items.Any())\" to the table: an empty list says so instead of showing bare headers");
    }

    [Fact]
    public void ModulePages_Should_ChooseUnitsWithTheTreePicker_When_TheyOfferUnits()
    {
        var found = Pages().Where(p => !p.File.StartsWith("Workflow/", StringComparison.Ordinal))
            .SelectMany(p => UnitOptions().Matches(p.Text).Select(m => $"{p.File}: {m.Value}"))
            .ToList();
        found.ShouldBeEmpty("use <unit-picker asp-for=\"Input.UnitId\" units=\"Model.Units\" />");
    }

    /// <summary>
    /// Record pages whose create buttons act on the record shown, not on a list of its own: an appeal raises a CAPA
    /// (listed on the CAPA page), a meeting adds a line to its agenda (the table there is the attendance sheet).
    /// </summary>
    private static readonly string[] RecordPages =
    [
        "Improvement/Ektu.Qa.Improvement/Areas/Improvement/Pages/Appeals/Details.cshtml",
        "QaCommission/Ektu.Qa.QaCommission/Areas/QaCommission/Pages/Meetings/Details.cshtml",
    ];

    [Fact]
    public void ModulePages_Should_CreateInASidePanel_When_TheyListRows()
    {
        var found = Pages().Where(p => !RecordPages.Contains(p.File) && CreatesUnderList(p.Text)).Select(p => p.File).ToList();
        found.ShouldBeEmpty("move the create form into <side-panel id=\"…-new\" title=\"…\"> opened by <side-panel-toggle> in "
                            + "@section Actions (or onto its own page): a create form never sits under the list");
    }

    [Theory]
    [InlineData("<table id=\"x\"></table><form method=\"post\" id=\"f\"><input name=\"a\" /><button>@L[\"App:Create\"]</button></form>", true)]
    [InlineData("<table id=\"x\"></table><side-panel id=\"x-new\" title=\"X:New\"><form method=\"post\">"
                + "<button>@L[\"App:Create\"]</button></form></side-panel>", false)]
    [InlineData("<table id=\"x\"></table><form method=\"post\" asp-page-handler=\"Toggle\"><button>@L[\"App:Save\"]</button></form>", false)]
    [InlineData("<form method=\"post\"><button>@L[\"App:Create\"]</button></form>", false)]
    [InlineData("<form method=\"get\"><button>@L[\"App:Create\"]</button></form><table></table>", false)]
    public void CreatePattern_Should_FindCreateFormsUnderAList_When_Scanned(string html, bool found) =>
        CreatesUnderList(html).ShouldBe(found);

    /// <summary>A page with a list table and a posted form that creates (its button says App:Create) outside a side panel.</summary>
    private static bool CreatesUnderList(string page)
    {
        var outside = SidePanel().Replace(page, "");
        return Table().IsMatch(outside)
               && PostForm().Matches(outside).Any(f => f.Value.Contains("L[\"App:Create\"]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<label class=\"form-label\">@L[\"X\"]</label>", true)]
    [InlineData("<label class=\"form-label\" asp-for=\"Input.X\">X</label>", false)]
    [InlineData("<label class=\"visually-hidden\" for=\"x\">X</label>", false)]
    [InlineData("<label class=\"btn\">Open <input type=\"file\" hidden /></label>", false)]
    public void LabelPattern_Should_FindLabelsWithoutField_When_Scanned(string html, bool unnamed) =>
        Label().Matches(html).Any(Unnamed).ShouldBe(unnamed);

    /// <summary>Neither pointing at a field (<c>for</c>, <c>asp-for</c>) nor wrapping one.</summary>
    private static bool Unnamed(Match label) =>
        !label.Groups[1].Value.Contains("for=", StringComparison.Ordinal) && !Control().IsMatch(label.Groups[2].Value);

    [GeneratedRegex(@"(<label\b[^>]*>)(.*?)</label>", RegexOptions.Singleline)]
    private static partial Regex Label();

    [GeneratedRegex(@"<(input|select|textarea)\b")]
    private static partial Regex Control();

    [GeneratedRegex(@"<table\b.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex(@"<table\b[^>]*>")]
    private static partial Regex TableStart();

    [GeneratedRegex(@"<side-panel\b.*?</side-panel>", RegexOptions.Singleline)]
    private static partial Regex SidePanel();

    [GeneratedRegex(@"<form\b[^>]*method=""post""[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    // A hand-built unit list: options over a collection of units (Units, AllUnits, Schools).
    [GeneratedRegex(@"@foreach \(var \w+ in Model\.(\w*Units|Schools)\b[^)]*\)\s*\{\s*<option")]
    private static partial Regex UnitOptions();
}
