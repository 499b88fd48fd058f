using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace Ektu.Qa.Host.Tests;

/// <summary>The real host on a loopback Kestrel port and headless Debian Chromium driven by Playwright.</summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private static string Chromium => Environment.GetEnvironmentVariable("EKTU_QA_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private QaWebFactory _factory = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static async Task<BrowserSession> StartAsync()
    {
        File.Exists(Chromium).ShouldBeTrue($"Chromium not found at {Chromium}: run build/install-chromium.sh");
        var session = new BrowserSession { _factory = await QaWebFactory.CreateAsync() };
        var port = FreePort();
        session._factory.UseKestrel(port);
        session._factory.StartServer();
        session.BaseUrl = $"http://127.0.0.1:{port}";
        session._playwright = await Playwright.CreateAsync();
        session.Browser = await session._playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic"],
        });
        return session;
    }

    /// <summary>A new browser context signed in as <paramref name="user"/> (demo password), English UI.</summary>
    public async Task<IPage> LoginAsync(string user)
    {
        var page = await (await Browser.NewContextAsync(new() { Locale = "en-US" })).NewPageAsync();
        await page.GotoAsync(BaseUrl + "/");
        await page.FillAsync("#UserName", user);
        await page.FillAsync("#Password", "Admin123!");
        await page.ClickAsync("#login");
        await page.WaitForSelectorAsync("#logout");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
