using System.Net;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

/// <summary>A page request that ends in an error status is the app's own localized page in the layout, never JSON or a bare status.</summary>
public sealed class ErrorPageTests
{
    [Theory]
    [InlineData("kk", "Бет табылмады")]
    [InlineData("ru", "Страница не найдена")]
    [InlineData("en", "Page not found")]
    public async Task ErrorPage_Should_RenderLocalizedAppPage_When_PageOrRecordIsNotFound(string culture, string title)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", culture);
        foreach (var url in new[] { "/No/Such/Page", "/QaCommission/Commissions/Details?id=" + Guid.NewGuid() })
            await ShouldBeErrorPageAsync(await client.GetAsync(url), HttpStatusCode.NotFound, culture, title, url);
    }

    [Theory]
    [InlineData("kk", "Қол жеткізуге тыйым салынған")]
    [InlineData("ru", "Доступ запрещён")]
    [InlineData("en", "Access denied")]
    public async Task ErrorPage_Should_RenderLocalizedAppPage_When_PageIsForbidden(string culture, string title)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("teacher1", culture);
        await ShouldBeErrorPageAsync(await client.GetAsync("/Identity/Users"), HttpStatusCode.Forbidden, culture, title, "/Identity/Users");
    }

    [Fact]
    public async Task ErrorPage_Should_RenderForAnonymousCaller_When_PathIsUnknown()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        await ShouldBeErrorPageAsync(await client.GetAsync("/nothing-here"), HttpStatusCode.NotFound, "ru", "Страница не найдена", "/nothing-here");
    }

    [Fact]
    public async Task StatusCodePages_Should_KeepProblemDetails_When_PathIsApi()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin");
        var response = await client.GetAsync("/api/no-such-endpoint");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private static async Task ShouldBeErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string culture, string title, string url)
    {
        response.StatusCode.ShouldBe(status, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", url);
        var doc = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        doc.DocumentElement.GetAttribute("lang").ShouldBe(culture, url);
        doc.QuerySelector("nav.app-sidebar").ShouldNotBeNull(url);
        doc.QuerySelector("#error-page h1")!.TextContent.Trim().ShouldBe(title, url);
    }
}
