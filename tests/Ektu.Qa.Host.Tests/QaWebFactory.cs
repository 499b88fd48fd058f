using System.Net;
using System.Text.RegularExpressions;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Host.Tests;

/// <summary>The real host on a fresh database (SQLite, or MariaDB when asked and configured), migrated and seeded with demo data.</summary>
public sealed partial class QaWebFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _db;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly IClock? _clock;

    private QaWebFactory(TestDatabase db, IReadOnlyDictionary<string, string>? settings, IClock? clock)
    {
        _db = db;
        _settings = settings ?? new Dictionary<string, string>();
        _clock = clock;
    }

    /// <summary>
    /// A host on a fresh database; <paramref name="settings"/> override the test configuration, <paramref name="clock"/>
    /// (a <see cref="FakeClock"/>) replaces the wall clock.
    /// </summary>
    public static async Task<QaWebFactory> CreateAsync(string provider = TestDatabases.Sqlite, IReadOnlyDictionary<string, string>? settings = null,
        IClock? clock = null) =>
        new(await TestDatabase.CreateAsync(provider), settings, clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _db.Provider);
        builder.UseSetting("Database:ConnectionString", _db.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Authentication:LoginAttemptsPerMinute", "1000");
        builder.UseSetting("Authentication:LoginAttemptsPerMinutePerIp", "1000");
        builder.UseSetting("QualityPolicy:FileStorePath", Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "files-" + Guid.NewGuid().ToString("N")));
        builder.UseSetting("Reporting:ArchivePath", Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "reports-" + Guid.NewGuid().ToString("N")));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_clock is { } clock) builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }

    /// <summary>
    /// A client with a cookie jar, signed in as <paramref name="userName"/>, in <paramref name="culture"/>; it sends the
    /// antiforgery header the pages give their scripts, as the front end does on its API calls.
    /// </summary>
    public async Task<HttpClient> SignInAsync(string userName, string culture = "en")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        var response = await PostFormAsync(client, "/Identity/Account/Login", new() { ["UserName"] = userName, ["Password"] = "Admin123!" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var home = await response.Content.ReadAsStringAsync();
        home.ShouldContain("id=\"logout\"");
        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", CsrfHeader().Match(home).Groups[1].Value);
        return client;
    }

    /// <summary>GETs the form page for its antiforgery token, then posts the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page);
        token.Success.ShouldBeTrue($"no antiforgery token on {url}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    [GeneratedRegex(@"""X-CSRF-TOKEN"": ""([^""]+)""")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
