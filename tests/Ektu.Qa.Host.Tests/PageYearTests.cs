using AngleSharp.Html.Parser;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The years pages offer by default are the university's, taken from the user clock, so they flip at midnight in
/// Almaty (UTC+5), five hours before they would in UTC.
/// </summary>
public sealed class PageYearTests
{
    [Fact]
    public async Task KpiIndicator_Should_OfferAlmatysYear_When_UtcIsStillInTheOldYear()
    {
        // 31 December 2031, 19:30 UTC: 1 January 2032, 00:30 in Almaty (years away from the machine's clock, which the page used).
        await using var factory = await QaWebFactory.CreateAsync(clock: new FakeClock(new DateTime(2031, 12, 31, 19, 30, 0, DateTimeKind.Utc)));
        var aqd = await factory.SignInAsync("aqd");
        var kpis = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(aqd, "/QualityPolicy/Kpis"));
        var indicator = kpis.QuerySelector("a[href*='/Kpis/Indicator']")!.GetAttribute("href")!;
        var page = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(aqd, System.Net.WebUtility.HtmlDecode(indicator)));
        page.QuerySelector("input[name='Input.Year']")!.GetAttribute("value").ShouldBe("2032");
    }

    [Fact]
    public async Task QaCommissionReports_Should_DefaultToTheNewAcademicYear_When_ItIsAlreadySeptemberInAlmaty()
    {
        // 31 August 2031, 19:30 UTC: 1 September 2031, 00:30 in Almaty, the first day of 2031/2032.
        await using var factory = await QaWebFactory.CreateAsync(clock: new FakeClock(new DateTime(2031, 8, 31, 19, 30, 0, DateTimeKind.Utc)));
        var aqd = await factory.SignInAsync("aqd");
        var page = new HtmlParser().ParseDocument(await HtmlPages.GetOkAsync(aqd, "/QaCommission/Reports"));
        page.QuerySelector("#year option[selected]")!.GetAttribute("value").ShouldBe("2031");
        page.QuerySelector("#year option")!.GetAttribute("value").ShouldBe("2031");
    }
}
