using System.Net;
using System.Net.Http.Json;

namespace Ektu.Qa.Host.Tests;

/// <summary>The signed-minutes scan download on the meeting page and the commission's documents page per academic year.</summary>
public sealed partial class QaCommissionPlanPageTests
{
    [Fact]
    public async Task DocumentsPage_Should_ListAndDownloadSignedScan_When_DeanUploadsItAndHideItFromAnotherSchool()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("dean.sitis");
        var details = await CommissionUrlAsync(client);
        var commission = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, details));
        var documents = commission.QuerySelector("#documents-link")!.GetAttribute("href")!;

        // The oldest demo meeting is held: its signed scan is uploaded, then downloaded as the same bytes.
        var meeting = commission.QuerySelectorAll("#meetings a").Last().GetAttribute("href")!;
        var page = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, meeting));
        page.QuerySelector("#scan-download").ShouldBeNull();
        var version = page.QuerySelector("#scan-form input[name=Version]")!.GetAttribute("value")!;
        var pdf = Ektu.Qa.TestKit.TestFiles.Pdf("signed minutes");
        (await PostFileAsync(client, meeting, UrlQuery.With(meeting, "handler=Scan"), "Upload", "minutes-signed.pdf", pdf,
            new() { ["Version"] = version })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var link = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, meeting)).QuerySelector("#scan-download")!;
        link.TextContent.ShouldBe("minutes-signed.pdf");
        link.GetAttribute("href")!.ShouldContain("handler=Scan");
        (await client.GetByteArrayAsync(UrlQuery.With(meeting, "handler=Scan"))).ShouldBe(pdf);

        // The documents page lists it in its academic year; every download link of the page answers a file.
        var doc = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, UrlQuery.With(documents, "kind=SignedMinutes")));
        var rows = doc.QuerySelectorAll("#documents tbody tr");
        rows.Length.ShouldBe(1);
        rows[0].QuerySelector("a.download")!.TextContent.ShouldBe("minutes-signed.pdf");
        (await client.GetByteArrayAsync(WebUtility.HtmlDecode(rows[0].QuerySelector("a.download")!.GetAttribute("href")!))).ShouldBe(pdf);
        var all = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, documents));
        all.QuerySelectorAll("#documents tbody tr").Length.ShouldBeGreaterThan(1);
        foreach (var a in all.QuerySelectorAll("#documents a.download").Take(6))
        {
            var r = await client.GetAsync(WebUtility.HtmlDecode(a.GetAttribute("href")!));
            r.StatusCode.ShouldBe(HttpStatusCode.OK, a.GetAttribute("href"));
            (await r.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(0);
        }
        var year = rows[0].GetAttribute("data-year")!;
        var api = await client.GetStringAsync($"/api/qa-commission/commissions/{Id(details)}/documents?year={year}&kind=SignedMinutes");
        api.ShouldContain("minutes-signed.pdf");

        // A sent analytical report is listed in its academic year; its Word document and Excel annex download from the row.
        (await client.PostAsJsonAsync($"/api/qa-commission/commissions/{Id(details)}/reports/semi-annual/send",
            new { academicYear = 2025, kind = "Final", language = "Ru" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, UrlQuery.With(documents, "kind=Report&year=2025")))
            .QuerySelectorAll("#documents tbody tr").Single();
        report.GetAttribute("data-year").ShouldBe("2025");
        var links = report.QuerySelectorAll("a.download").Select(a => WebUtility.HtmlDecode(a.GetAttribute("href")!)).ToList();
        links.Count.ShouldBe(2);
        var types = new List<string>();
        foreach (var href in links)
        {
            var r = await client.GetAsync(href);
            r.StatusCode.ShouldBe(HttpStatusCode.OK, href);
            types.Add(r.Content.Headers.ContentType!.MediaType!);
        }
        types.ShouldBe(["application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);

        // Another school's user: the commission, its documents and the scan do not exist.
        var other = await factory.SignInAsync("teacher3");
        (await other.GetAsync(documents)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(UrlQuery.With(meeting, "handler=Scan"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/qa-commission/commissions/{Id(details)}/documents")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/qa-commission/meetings/{Id(meeting)}/scan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
