using System.Net;
using AngleSharp.Html.Parser;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// For every demo user, each tile
/// is a generated link that opens for that user, and each chart has either a canvas with its table or an empty state.
/// </summary>
public sealed class DashboardTests
{

    [Fact]
    public async Task Tiles_Should_LinkToAListThatAnswers200_When_TheUserOpensThem()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var opened = 0;
        foreach (var user in DemoRoles.AllUserNames)
        {
            var client = await factory.SignInAsync(user);
            var doc = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(client, "/"));
            var tiles = doc.QuerySelectorAll(".card[data-dashboard-tile]");
            foreach (var tile in tiles)
            {
                var href = tile.GetAttribute("href");
                href.ShouldNotBeNullOrEmpty($"{user}: a tile without a link");
                href.ShouldStartWith("/", customMessage: $"{user}: {href}");
                var response = await client.GetAsync(WebUtility.HtmlDecode(href));
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{user}: {href}");
                opened++;
            }
        }
        opened.ShouldBeGreaterThan(DemoRoles.AllUserNames.Count);
    }

    [Fact]
    public async Task Tiles_Should_OpenTheListFiltered_When_TheListHasTheFilter()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("aqd");
        var hrefs = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(client, "/"))
            .QuerySelectorAll(".card[data-dashboard-tile]").Select(a => WebUtility.HtmlDecode(a.GetAttribute("href"))).ToList();
        hrefs.ShouldContain("/QualityPolicy/Documents?State=InForce");
        hrefs.ShouldContain("/Improvement/Capa?OverdueOnly=true");
        hrefs.ShouldContain("/Improvement/Capa?OpenOnly=true");
        hrefs.ShouldContain("/Improvement/Appeals?OverdueOnly=true");
    }

    [Fact]
    public async Task Charts_Should_ShowACanvasWithItsTableOrAnEmptyState_When_TheUserMaySeeThem()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var dean = await factory.SignInAsync("dean.sitis");
        var doc = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(dean, "/"));
        var charts = doc.QuerySelectorAll("[data-dashboard-chart]").ToDictionary(c => c.GetAttribute("data-dashboard-chart")!);
        charts.Keys.ShouldBe(
            ["acknowledgements", "kpis", "capa-ageing", "appeals", "pm-effectiveness", "ea-expiry-timeline", "ea-accredited-by-school",
                "im-response-rates", "im-audit-findings", "im-indicator-grad-employment", "meetings"], ignoreOrder: true);
        foreach (var (id, chart) in charts)
        {
            var canvas = chart.QuerySelector("canvas[data-chart]");
            if (canvas == null)
            {
                chart.QuerySelector("[data-chart-empty]").ShouldNotBeNull(id);
                continue;
            }
            canvas.GetAttribute("aria-label").ShouldNotBeNullOrWhiteSpace(id);
            var rows = chart.QuerySelectorAll("table tbody tr");
            rows.Length.ShouldBeGreaterThan(0, id);
            var data = System.Text.Json.JsonDocument.Parse(canvas.GetAttribute("data-chart")!).RootElement;
            data.GetProperty("labels").GetArrayLength().ShouldBe(rows.Length, id);
        }
        // The demo data: a SITIS meeting held 28 days ago; no CAPA item.
        charts["meetings"].QuerySelector("canvas").ShouldNotBeNull();
        charts["capa-ageing"].QuerySelector("[data-chart-empty]").ShouldNotBeNull();
        doc.QuerySelector("script[src='/lib/chart.umd.js']").ShouldNotBeNull();

        // The school council's secretary reads programmes (the council approves them), so sees their effectiveness only.
        var council = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(await factory.SignInAsync("council.sitis"), "/"));
        council.QuerySelectorAll("[data-dashboard-chart]").Select(c => c.GetAttribute("data-dashboard-chart")).ShouldBe(["pm-effectiveness"]);
        // A student may see none of the charts: no chart section and no Chart.js.
        var student = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(await factory.SignInAsync("student1"), "/"));
        student.QuerySelectorAll("[data-dashboard-chart]").Length.ShouldBe(0);
        student.QuerySelector("script[src='/lib/chart.umd.js']").ShouldBeNull();
    }
}
