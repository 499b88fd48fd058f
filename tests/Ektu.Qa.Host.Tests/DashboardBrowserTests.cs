using System.Collections.Concurrent;

namespace Ektu.Qa.Host.Tests;

/// <summary>The dashboard draws its charts in Chromium (Chart.js from the bundle's data attributes) without a console error.</summary>
[Trait("Category", "Browser")]
public sealed class DashboardBrowserTests
{
    [Theory]
    [InlineData("dean.sitis")]
    [InlineData("aqd")]
    public async Task Dashboard_Should_DrawEveryChart_When_TheUserOpensIt(string user)
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.LoginAsync(user);
        var errors = new ConcurrentQueue<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Enqueue(m.Text); };
        page.PageError += (_, e) => errors.Enqueue(e);
        // The console says only "404"; the response names the resource.
        page.Response += (_, r) => { if (r.Status >= 400) errors.Enqueue($"{r.Status} {r.Url}"); };

        await page.GotoAsync(session.BaseUrl + "/");
        var canvases = await page.EvalOnSelectorAllAsync<int>("canvas[data-chart]", "cs => cs.length");
        canvases.ShouldBeGreaterThan(0);
        // Every canvas gets its Chart.js chart, with as many points as the table next to it has rows.
        await page.WaitForFunctionAsync("""
            () => window.Chart && [...document.querySelectorAll('canvas[data-chart]')].every(c => window.Chart.getChart(c))
            """);
        var mismatched = await page.EvalOnSelectorAllAsync<int>("canvas[data-chart]", """
            cs => cs.filter(c => window.Chart.getChart(c).data.labels.length
              !== c.closest('[data-dashboard-chart]').querySelectorAll('tbody tr').length).length
            """);
        mismatched.ShouldBe(0);
        // The tables stay collapsed until asked for.
        (await page.EvalOnSelectorAllAsync<int>("[data-dashboard-chart] details[open]", "ds => ds.length")).ShouldBe(0);
        errors.ShouldBeEmpty();
    }
}
