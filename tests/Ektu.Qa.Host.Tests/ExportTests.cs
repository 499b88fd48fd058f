using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>"Export to Excel" of the list pages: every data-export link answers a workbook headed like the page's table.</summary>
public sealed class ExportTests
{

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task ExportLinks_Should_AnswerWorkbookHeadedLikeThePage_When_AdminExportsEveryMenuPage(string culture)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", culture);
        var parser = new HtmlParser();
        var menu = parser.ParseDocument(await client.GetStringAsync("/"))
            .QuerySelectorAll("nav.app-sidebar a.nav-link").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        var exported = new List<string>();
        foreach (var link in menu)
        {
            var page = parser.ParseDocument(await client.GetStringAsync(link));
            var elements = page.All.ToList();
            foreach (var anchor in page.QuerySelectorAll("a[data-export]").DistinctBy(a => a.GetAttribute("href")))
            {
                var href = anchor.GetAttribute("href")!;
                // A page with two lists exports each: the list an export button heads is the first table after it, unless
                // that list is empty and shows its empty state instead (then only the sheet's own header is checked).
                var list = elements.Skip(elements.IndexOf(anchor) + 1)
                    .FirstOrDefault(e => e.LocalName == "table" || e.ClassList.Contains("empty-state"));
                var table = list == null ? page.QuerySelector("table") : list.LocalName == "table" ? list : null;
                var pageHeaders = table?.QuerySelector("thead tr")?.QuerySelectorAll("th")
                    .Select(th => Workbooks.Normalize(th.TextContent)).Where(t => t.Length > 0 && t != "№").ToList() ?? [];
                var response = await client.GetAsync(href);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{link} → {href}");
                response.Content.Headers.ContentType!.MediaType.ShouldBe(Workbooks.XlsxType, href);
                var rows = Workbooks.ReadSheet(await response.Content.ReadAsByteArrayAsync());
                rows.Count.ShouldBeGreaterThan(0, href);
                var header = rows[0].Select(Workbooks.Normalize).ToList();
                header.ShouldNotBeEmpty(href);
                header.ShouldAllBe(h => h.Length > 0, href);
                header.Where(h => Workbooks.RawKey().IsMatch(h)).ShouldBeEmpty($"{href} ({culture}) has raw keys in its header");
                // The page's columns appear in the sheet in the same order; the sheet may add detail columns between them.
                var at = 0;
                foreach (var h in pageHeaders)
                {
                    // A page column may be spread over detail columns ("Name, kk" or "Name (Kazakh)": one per language).
                    var found = header.FindIndex(at, x => x == h || x.StartsWith(h + ",", StringComparison.Ordinal)
                        || x.StartsWith(h + " (", StringComparison.Ordinal));
                    found.ShouldBeGreaterThanOrEqualTo(0,
                        $"{href} ({culture}): page column '{h}' is missing from the sheet header [{string.Join(" | ", header)}]");
                    at = found + 1;
                }
                exported.Add(link);
            }
        }
        // Identity (users, roles, units, API clients, audit log), QualityPolicy, Workflow and Reporting lists.
        exported.Distinct().Count().ShouldBeGreaterThanOrEqualTo(15, string.Join(", ", exported));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UsersExport_Should_CarryOnlyMatchingRows_When_PageIsFiltered(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var client = await factory.SignInAsync("admin", "ru");
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/Identity/Users?search=teacher"));
        var href = page.QuerySelector("a[data-export]")!.GetAttribute("href")!;
        href.ShouldContain("search=teacher");

        var filtered = Workbooks.ReadSheet(await client.GetByteArrayAsync(href)).Skip(1).ToList();
        var all = Workbooks.ReadSheet(await client.GetByteArrayAsync("/Identity/Users?handler=Export")).Skip(1).ToList();

        filtered.Select(r => r[0]).Order(StringComparer.Ordinal).ShouldBe(["teacher1", "teacher2", "teacher3"]);
        all.Count.ShouldBeGreaterThan(filtered.Count);
        all.Select(r => r[0]).ShouldContain("admin");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AuditLogExport_Should_CarryOnlyTheFilteredUsersEntries_When_FilteredByUser(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        await (await factory.SignInAsync("teacher1")).GetStringAsync("/");
        await (await factory.SignInAsync("teacher2")).GetStringAsync("/");
        var client = await factory.SignInAsync("admin", "en");

        var rows = Workbooks.ReadSheet(await client.GetByteArrayAsync("/Identity/AuditLog?handler=Export&userName=teacher1"));

        rows[0][1].ShouldBe("User");
        rows.Count.ShouldBeGreaterThan(1, "teacher1's sign-in is audited");
        rows.Skip(1).ShouldAllBe(r => r[1] == "teacher1");
        Workbooks.ReadSheet(await client.GetByteArrayAsync("/Identity/AuditLog?handler=Export")).Skip(1).Select(r => r[1]).ShouldContain("teacher2");
    }
}
