using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Every QaCommission list export as admin on the demo data: a workbook whose header is localized (no raw keys, the
/// page's first column) and whose rows are the rows the page shows for the same filter.
/// </summary>
public sealed class QaCommissionExportTests
{

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task Exports_Should_CarryThePagesRowsUnderLocalizedHeaders_When_AdminExportsEachList(string culture)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", culture);
        var parser = new HtmlParser();
        var commissions = parser.ParseDocument(await client.GetStringAsync("/QaCommission/Commissions"));
        var commissionId = commissions.QuerySelector("#commissions a[href*='/Commissions/Details/']")!.GetAttribute("href")!.Split('/')[^1];

        // (page, table id on the page, export link id)
        var cases = new (string Page, string Table, string Link)[]
        {
            ("/QaCommission/Commissions", "commissions", "export-commissions"),
            ("/QaCommission/Register?id=" + commissionId, "register", "export-register"),
            ("/QaCommission/Documents?id=" + commissionId, "documents", "export-documents"),
            ("/QaCommission/Documents?id=" + commissionId + "&kind=Minutes", "documents", "export-documents"),
            ("/Improvement/Capa", "capa-items", "export-capa"),
            ("/Improvement/Capa?overdueOnly=true", "capa-items", "export-capa"),
            ("/Improvement/Appeals", "appeals", "export-appeals"),
            ("/Improvement/Appeals?overdueOnly=true", "appeals", "export-appeals"),
            ("/QaCommission/PeerReview", "observations", "export-observations"),
            ("/ExternalAccreditation/Readiness", "recommendations", "export-recommendations"),
            ("/ExternalAccreditation/Readiness", "evidence-documents", "export-evidence"),
            ("/ExternalAccreditation/Readiness?esgStandard=1", "evidence-documents", "export-evidence"),
            ("/QaCommission/Notices", "notices", "export-notices"),
            ("/QaCommission/Register/Requests", "", "export-requests"),
        };
        var firstHeaders = new List<string>();
        var nonEmpty = 0;
        foreach (var (pageUrl, table, link) in cases)
        {
            var page = parser.ParseDocument(await client.GetStringAsync(pageUrl));
            var href = page.QuerySelector("#" + link)?.GetAttribute("href");
            href.ShouldNotBeNull($"{pageUrl}: no #{link}");
            var response = await client.GetAsync(href);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, href);
            response.Content.Headers.ContentType!.MediaType.ShouldBe(Workbooks.XlsxType, href);
            var sheet = Workbooks.ReadSheet(await response.Content.ReadAsByteArrayAsync());
            var header = sheet[0].Select(Workbooks.Normalize).ToList();
            header.ShouldAllBe(h => h.Length > 0 && !Workbooks.RawKey().IsMatch(h), $"{href} ({culture}): [{string.Join(" | ", header)}]");
            firstHeaders.Add(header[0]);

            var expected = table.Length == 0
                ? page.QuerySelectorAll("div.card.card-body.mb-2").Length
                : page.QuerySelectorAll($"#{table} tbody tr").Length;
            (sheet.Count - 1).ShouldBe(expected, $"{pageUrl} → {href}");
            if (expected > 0) nonEmpty++;
            // An empty list shows a sentence instead of a table (empty-when), so there are no page headers to compare.
            if (table.Length > 0 && expected == 0) page.QuerySelector($"#{table}-empty.empty-state").ShouldNotBeNull($"{pageUrl}: no empty state");
            else if (table.Length > 0)
            {
                var pageFirst = Workbooks.Normalize(page.QuerySelector($"#{table} thead th")!.TextContent);
                (header[0] == pageFirst || header.Contains(pageFirst))
                    .ShouldBeTrue($"{href}: page column '{pageFirst}' not in [{string.Join(" | ", header)}]");
            }
        }
        // The demo data fills at least the commissions and the register; an all-empty run would prove nothing about the rows.
        nonEmpty.ShouldBeGreaterThanOrEqualTo(2);
        var english = new[] { "School", "Minutes №" };
        if (culture == "en") firstHeaders.ShouldContain("School");
        else firstHeaders.ShouldNotContain(h => english.Contains(h));
    }
}
