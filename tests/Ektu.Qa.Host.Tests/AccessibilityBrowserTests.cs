using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Every page in each demo role's menu passes axe-core's WCAG 2.1 A and AA rules in Chromium with
/// zero violations. Pages are read from the menu, as the POST crawl does, so a page added later is checked too.
/// </summary>
[Trait("Category", "Browser")]
public sealed class AccessibilityBrowserTests
{

    [Fact]
    public async Task MenuPages_Should_HaveNoWcag21AaViolations_When_EachRoleOpensThem()
    {
        var axe = await File.ReadAllTextAsync(AxePath());
        await using var session = await BrowserSession.StartAsync();
        var report = new StringBuilder();
        var checkedPages = 0;
        foreach (var role in DemoRoles.UserNames)
        {
            var page = await session.LoginAsync(role);
            var links = await page.EvalOnSelectorAllAsync<string[]>("nav.app-sidebar a.nav-link",
                "as => [...new Set(as.map(a => a.getAttribute('href')))]");
            foreach (var link in links.Prepend("/").Distinct())
            {
                await page.GotoAsync(session.BaseUrl + link);
                foreach (var v in await ViolationsAsync(page, axe)) report.AppendLine($"{role} {link}: {v}");
                checkedPages++;
            }
            await page.Context.CloseAsync();
        }
        checkedPages.ShouldBeGreaterThan(30);
        report.ToString().ShouldBeEmpty();
    }

    /// <summary>
    /// axe is evaluated through the DevTools protocol: the Content-Security-Policy forbids inline and injected script
    /// elements, and it does not govern what the debugger evaluates.
    /// </summary>
    internal static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string axeSource)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = axeSource });
        await cdp.DetachAsync();
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return JSON.stringify(r.violations.map(v => ({ id: v.id, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ')) })));
            }
            """);
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().SelectMany(v => v.GetProperty("nodes").EnumerateArray()
            .Select(n => $"{v.GetProperty("id").GetString()} ({v.GetProperty("help").GetString()}) at {n.GetString()}")).ToList();
    }

    internal static string AxePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Ektu.Qa.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir!.FullName, "host", "Ektu.Qa.Host", "node_modules", "axe-core", "axe.min.js");
        File.Exists(path).ShouldBeTrue($"{path} is missing: run npm ci in host/Ektu.Qa.Host");
        return path;
    }
}
