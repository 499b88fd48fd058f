using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

public sealed partial class SecurityHeadersTests
{
    [Fact]
    public async Task Pages_Should_SendCspNosniffAndReferrerPolicy_When_Authenticated()
    {
        await using var factory = await QaWebFactory.CreateAsync(settings: new Dictionary<string, string>
        {
            ["Security:FrameAncestors:0"] = "https://portal.ektu.kz",
            ["Security:FrameAncestors:1"] = "https://evil.example; script-src *",
        });
        var client = await factory.SignInAsync("admin");
        var first = await client.GetAsync("/");
        var second = await client.GetAsync("/");
        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self' 'nonce-");
        csp.ShouldContain("object-src 'none'");
        csp.ShouldContain("base-uri 'self'");
        csp.ShouldEndWith("frame-ancestors 'self' https://portal.ektu.kz");
        csp.ShouldNotContain("evil.example");
        csp.ShouldNotContain("unsafe-eval");
        Nonce().Match(csp).Value.ShouldNotBe(Nonce().Match(second.Headers.GetValues("Content-Security-Policy").Single()).Value);
        first.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        first.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");

        // Error answers carry them too (the exception handler clears headers set before it).
        var missing = await client.GetAsync("/api/identity/users/" + Guid.NewGuid());
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Fact]
    public async Task EveryMenuPage_Should_HaveNoInlineScriptOrHandler_When_Rendered()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin");
        var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
        var links = home.QuerySelectorAll("nav.app-sidebar a.nav-link").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        var roles = new HtmlParser().ParseDocument(await client.GetStringAsync("/Identity/Roles"));
        links.Add(roles.QuerySelector("a[href*='Permissions']")!.GetAttribute("href")!);
        links.Add("/Reporting/Schedules/Edit");
        foreach (var link in links)
        {
            var doc = new HtmlParser().ParseDocument(await client.GetStringAsync(link));
            foreach (var script in doc.QuerySelectorAll("script"))
                (script.HasAttribute("src") || script.GetAttribute("type") == "application/json").ShouldBeTrue($"{link} has an inline script");
            var handlers = doc.All.SelectMany(e => e.Attributes)
                .Where(a => a.Name.StartsWith("on", StringComparison.Ordinal) || a.Name.StartsWith("hx-on", StringComparison.Ordinal));
            handlers.Select(a => a.Name).ShouldBeEmpty($"{link} has inline event handlers");
            doc.QuerySelectorAll("a[href^='javascript:' i]").ShouldBeEmpty(link);
        }
    }

    [GeneratedRegex("nonce-[^']+")]
    private static partial Regex Nonce();
}
