namespace Ektu.Qa.Architecture.Tests;

/// <summary>Every module's list page (an Index page) offers "Export to Excel".</summary>
public sealed class ExportTests
{
    /// <summary>Index pages that are not lists of records (paths relative to modules/, with '/').</summary>
    private static readonly HashSet<string> NotLists = new(StringComparer.Ordinal)
    {
        // A settings form (name → value editor), not a table of records.
        "Identity/Ektu.Qa.Identity/Areas/Identity/Pages/Settings/Index.cshtml",
        // The semi-annual report generator: a form that produces the report files themselves (Word + Excel annex).
        "QaCommission/Ektu.Qa.QaCommission/Areas/QaCommission/Pages/Reports/Index.cshtml",
        // The commission's readiness summary (counts per status and ESG standard); its lists export on ExternalAccreditation's page.
        "QaCommission/Ektu.Qa.QaCommission/Areas/QaCommission/Pages/Readiness/Index.cshtml",
    };

    private static string ModulesRoot => Path.Combine(Modules.RepoRoot, "modules");

    private static List<string> IndexPages() =>
        Directory.EnumerateFiles(ModulesRoot, "Index.cshtml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(ModulesRoot, f).Replace('\\', '/'))
            .Where(f => f.Contains("/Pages/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal)
                && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void IndexPages_Should_OfferExcelExport_When_TheyAreLists()
    {
        var pages = IndexPages();
        pages.Count.ShouldBeGreaterThan(15);
        var missing = pages
            .Where(p => !NotLists.Contains(p) && !File.ReadAllText(Path.Combine(ModulesRoot, p)).Contains("data-export", StringComparison.Ordinal))
            .ToList();
        missing.ShouldBeEmpty("list pages need an \"Export to Excel\" link with data-export (or, if not a list, a line in NotLists)");
    }

    [Fact]
    public void ExportHandlers_Should_Exist_When_PageLinksToItsOwnExport()
    {
        // A page whose button points at its own handler (not at an API endpoint) must have OnGetExportAsync.
        var broken = IndexPages()
            .Select(p => Path.Combine(ModulesRoot, p))
            .Where(f => File.ReadAllText(f).Contains("ExportLink.Href(", StringComparison.Ordinal))
            .Where(f => !File.Exists(f + ".cs") || !File.ReadAllText(f + ".cs").Contains("OnGetExportAsync", StringComparison.Ordinal))
            .ToList();
        broken.ShouldBeEmpty();
    }

    [Fact]
    public void AllowList_Should_NameExistingPages_When_Kept()
    {
        var pages = IndexPages().ToHashSet(StringComparer.Ordinal);
        // A stale entry (a page moved or removed) hides nothing and should go.
        NotLists.Where(p => !pages.Contains(p)).ShouldBeEmpty();
    }
}
