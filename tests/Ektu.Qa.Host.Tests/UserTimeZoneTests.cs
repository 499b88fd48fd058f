using System.Globalization;
using System.Net;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// A time stored in UTC is shown in the university's zone (Asia/Almaty, UTC+5) on
/// the audit log and in the audit log's export, whatever the server's zone, and a day picked in its filter is the
/// university's day. 2026-03-10 20:30 UTC is 2026-03-11 01:30 in Almaty: the day itself moves.
/// </summary>
public sealed class UserTimeZoneTests
{
    private static readonly DateTime StoredUtc = new(2026, 3, 10, 20, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime Almaty = new(2026, 3, 11, 1, 30, 0);
    private const string AuditUpdate = "UPDATE k_audit_log SET occurred_at = @At WHERE id = @Id";
    private const string FirstAudit = "SELECT id FROM k_audit_log ORDER BY occurred_at, id LIMIT 1";
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AuditLog_Should_ShowAlmatyTime_When_EntryWasStoredInUtc(string provider)
    {
        await using var factory = await QaWebFactory.CreateAsync(provider);
        var admin = await factory.SignInAsync("admin", "en");
        await ExecuteAsync(factory, AuditUpdate, FirstAudit);

        // The Almaty day of the entry finds it and shows its Almaty time, never the stored UTC one; the UTC day does not.
        var page = await GetTextAsync(admin, "/Identity/AuditLog?From=2026-03-11&To=2026-03-11");
        page.ShouldContain(Almaty.ToString("g", En));
        page.ShouldNotContain(StoredUtc.ToString("g", En));
        (await GetTextAsync(admin, "/Identity/AuditLog?From=2026-03-10&To=2026-03-10")).ShouldNotContain(Almaty.ToString("g", En));

        var rows = Workbooks.ReadSheet(await admin.GetByteArrayAsync("/Identity/AuditLog?handler=Export&From=2026-03-11&To=2026-03-11"));
        rows.Skip(1).Select(r => DateTime.FromOADate(double.Parse(r[0], CultureInfo.InvariantCulture))).ShouldContain(Almaty);
    }

    [Fact]
    public async Task AuditLog_Should_ShowTheConfiguredZone_When_LocalizationTimeZoneIsSet()
    {
        await using var factory = await QaWebFactory.CreateAsync(settings: new Dictionary<string, string> { ["Localization:TimeZone"] = "UTC" });
        var admin = await factory.SignInAsync("admin", "en");
        await ExecuteAsync(factory, AuditUpdate, FirstAudit);

        var page = await GetTextAsync(admin, "/Identity/AuditLog?From=2026-03-10&To=2026-03-10");
        page.ShouldContain(StoredUtc.ToString("g", En));
    }

    /// <summary>The page's HTML with character references decoded (the "g" pattern may hold a narrow no-break space).</summary>
    private static async Task<string> GetTextAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await HtmlPages.GetOkAsync(client, url));

    /// <summary>Runs <paramref name="update"/> with @At = the known UTC time (and @Id = the first value of <paramref name="pick"/>).</summary>
    private static async Task<string?> ExecuteAsync(QaWebFactory factory, string update, string? pick = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var session = scope.ServiceProvider.GetRequiredService<IDbSession>();
        await session.BeginAsync();
        var id = pick == null ? null : await session.ExecuteScalarAsync<string>(pick, null, CancellationToken.None);
        id.ShouldNotBeNull(pick);
        (await session.ExecuteAsync(update, new { At = StoredUtc, Id = id }, CancellationToken.None)).ShouldBe(1);
        await session.CommitAsync();
        return id;
    }
}
