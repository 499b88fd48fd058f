using AngleSharp.Html.Parser;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Issue 13: the years pages offer by default are the university's, taken from the user clock, so they flip at midnight in
/// Almaty (UTC+5), five hours before they would in UTC.
/// </summary>
public sealed class PageYearTests
{
    [Fact]
    public async Task KpiIndicator_Should_OfferAlmatysYear_When_UtcIsStillInTheOldYear()
    {
        // 31 December 2026, 19:30 UTC: 1 January 2027, 00:30 in Almaty.
        await using var factory = await QaWebFactory.CreateAsync(clock: new FakeClock(new DateTime(2026, 12, 31, 19, 30, 0, DateTimeKind.Utc)));
        var aqd = await factory.SignInAsync("aqd");
        var kpis = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(aqd, "/QualityPolicy/Kpis"));
        var indicator = kpis.QuerySelector("a[href*='/Kpis/Indicator']")!.GetAttribute("href")!;
        var page = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(aqd, System.Net.WebUtility.HtmlDecode(indicator)));
        page.QuerySelector("input[name='Input.Year']")!.GetAttribute("value").ShouldBe("2027");
    }

    [Fact]
    public async Task QaCommissionReports_Should_DefaultToTheNewAcademicYear_When_ItIsAlreadySeptemberInAlmaty()
    {
        // 31 August 2026, 19:30 UTC: 1 September 2026, 00:30 in Almaty, the first day of 2026/2027.
        await using var factory = await QaWebFactory.CreateAsync(clock: new FakeClock(new DateTime(2026, 8, 31, 19, 30, 0, DateTimeKind.Utc)));
        var aqd = await factory.SignInAsync("aqd");
        var page = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(aqd, "/QaCommission/Reports"));
        page.QuerySelector("#year option[selected]")!.GetAttribute("value").ShouldBe("2026");
        page.QuerySelector("#year option")!.GetAttribute("value").ShouldBe("2026");
    }
}
