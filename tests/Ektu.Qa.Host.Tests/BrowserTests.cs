using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Ektu.Qa.Host.Tests;

/// <summary>Real Chromium against the real host on a loopback Kestrel port.</summary>
[Trait("Category", "Browser")]
public sealed class BrowserTests
{
    private static string Chromium => Environment.GetEnvironmentVariable("EKTU_QA_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    [Fact]
    public async Task Admin_Should_CreatePolicyDocumentInKazakh_When_UsingTheBrowser()
    {
        File.Exists(Chromium).ShouldBeTrue($"Chromium not found at {Chromium}: run build/install-chromium.sh");
        await using var factory = await QaWebFactory.CreateAsync();
        var port = FreePort();
        factory.UseKestrel(port);
        factory.StartServer();
        var baseUrl = $"http://127.0.0.1:{port}";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync(new() { Locale = "en-US" });
        await page.GotoAsync(baseUrl + "/");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", "Admin123!");
        await page.ClickAsync("#login");
        await page.WaitForSelectorAsync("#logout");

        await page.ClickAsync("#culture-kk");
        await page.WaitForSelectorAsync("html[lang=kk]");
        (await page.TextContentAsync("#logout"))!.Trim().ShouldBe("Шығу");

        await page.GotoAsync(baseUrl + "/QualityPolicy/Documents");
        await page.ClickAsync("#create-document");
        var title = "Сапа саласындағы саясат " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("[name='Input.Code']", "QP-" + Random.Shared.Next(1000, 9999));
        await page.FillAsync("[name='Input.TitleKk']", title);
        await page.FillAsync("[name='Input.TitleRu']", "Политика в области качества");
        await page.FillAsync("[name='Input.TitleEn']", "Quality policy");
        await page.ClickAsync("#save");
        await page.GotoAsync(baseUrl + "/QualityPolicy/Documents");
        await page.WaitForSelectorAsync($"text={title}");
        (await page.ContentAsync()).ShouldContain(title);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
