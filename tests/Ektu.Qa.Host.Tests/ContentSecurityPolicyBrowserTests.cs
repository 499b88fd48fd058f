using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Ektu.Qa.Host.Tests;

/// <summary>The main pages, the designer, the KPI chart and Swagger UI work in Chromium under the Content-Security-Policy.</summary>
[Trait("Category", "Browser")]
public sealed class ContentSecurityPolicyBrowserTests
{
    [Fact]
    public async Task MainPages_Should_RunWithoutCspViolations_When_AdminBrowsesThem()
    {
        await using var session = await BrowserSession.StartAsync();
        var baseUrl = session.BaseUrl;
        var context = await session.Browser.NewContextAsync(new() { Locale = "en-US" });
        var violations = new ConcurrentQueue<string>();
        // Bindings and init scripts come from the browser's debugging protocol, which the page's CSP does not govern.
        await context.ExposeFunctionAsync("qaCspViolation", (string v) => violations.Enqueue(v));
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation',
              e => window.qaCspViolation(location.pathname + ': ' + e.violatedDirective + ' ' + e.blockedURI));
            """);
        var page = await context.NewPageAsync();
        page.Console += (_, m) =>
        {
            if (m.Type == "error"
                && m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Enqueue(page.Url + ": " + m.Text);
        };
        page.PageError += (_, e) => violations.Enqueue(page.Url + ": " + e);

        var login = await page.GotoAsync(baseUrl + "/");
        (await login!.HeaderValueAsync("content-security-policy"))!.ShouldContain("script-src 'self' 'nonce-");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", "Admin123!");
        await page.ClickAsync("#login");
        await page.WaitForSelectorAsync("#logout");

        var links = await page.EvalOnSelectorAllAsync<string[]>("nav.app-sidebar a.nav-link",
            "as => [...new Set(as.map(a => a.getAttribute('href')))]");
        foreach (var link in links) await page.GotoAsync(baseUrl + link);

        // Scripts moved from inline code into the bundle still run: permission search, schedule fields, KPI chart.
        await page.GotoAsync(baseUrl + "/Identity/Roles");
        await page.ClickAsync("a[href*='Permissions']");
        await page.FillAsync("#permission-search", "zzz-no-such-permission");
        (await page.EvalOnSelectorAllAsync<int>(".permission-group:not(.d-none)", "gs => gs.length")).ShouldBe(0);
        await page.GotoAsync(baseUrl + "/Reporting/Schedules/Edit");
        await page.ClickAsync("#choose-report button");
        await page.WaitForSelectorAsync("#cron-kind");
        (await page.EvalOnSelectorAllAsync<int>("#cron-fields [data-kinds][hidden]", "es => es.length")).ShouldBeGreaterThan(0);
        await page.GotoAsync(baseUrl + "/QualityPolicy/Kpis");
        var indicator = await page.QuerySelectorAsync("a[href*='/Kpis/Indicator']");
        if (indicator != null)
        {
            await indicator.ClickAsync();
            await page.WaitForFunctionAsync("() => window.Chart && window.Chart.getChart(document.getElementById('kpi-chart'))");
        }

        // bpmn-js designer and viewer (no eval), Swagger UI (its own scripts from /swagger).
        await page.GotoAsync(baseUrl + "/Workflow/Definitions");
        await page.ClickAsync("#edit-programme-approval");
        await page.WaitForSelectorAsync("#bpmn-designer[data-ready=true]");
        await page.GotoAsync(baseUrl + "/swagger/index.html");
        await page.WaitForSelectorAsync(".swagger-ui .info");

        violations.ShouldBeEmpty();
    }
}
