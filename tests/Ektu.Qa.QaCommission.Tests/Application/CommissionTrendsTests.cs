using System.Globalization;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QaCommission.Web;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>
/// The commission module's chart on a real database, each scoped as its list is
/// (the dean of SITIS sees SITIS only, the quality office everything) and dated in Almaty. Today is Monday 2 March 2026,
/// 11:00 in Almaty, unless a test moves the clock; the 12 months run from April 2025 to March 2026.
/// </summary>
public sealed class CommissionTrendsTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly DateTime Today = new(2026, 3, 2, 6, 0, 0, DateTimeKind.Utc);
    private const int February = 10;

    private static CommissionTrends Trends(IServiceProvider sp) => sp.GetRequiredService<CommissionTrends>();

    [Theory, MemberData(nameof(Providers))]
    public async Task MeetingCadenceAsync_Should_CountHeldMeetingsPerVisibleCommission_When_InTheLast12Months(string provider)
    {
        using var _ = new CultureScope("en");
        await using var app = await TestApp.StartAsync(provider, now: Today);
        // The demo commission of SITIS held a meeting on 2 February 2026 and plans one on 16 March.
        var school = (await app.UnitAsync("SITIS")).ToString();
        var sitis = await app.QueryAsync(db =>
            db.ExecuteScalarAsync<string>("SELECT id FROM qc_commissions WHERE school_unit_id = @school", new { school }));
        await MeetingAsync(app, Guid.Parse(sitis!), new DateOnly(2025, 4, 1), "Held");   // the first day of the window
        await MeetingAsync(app, Guid.Parse(sitis!), new DateOnly(2025, 3, 31), "Signed"); // the day before it
        await MeetingAsync(app, Guid.Parse(sitis!), new DateOnly(2026, 2, 27), "Signed");
        await MeetingAsync(app, Guid.Parse(sitis!), new DateOnly(2026, 2, 20), "Planned"); // never held
        await MeetingAsync(app, Guid.Parse(sitis!), new DateOnly(9999, 12, 31), "Held");   // an odd stored date: shown elsewhere, never counted
        var sem = await CommissionAsync(app, await app.UnitAsync("SEM"));
        await MeetingAsync(app, sem, new DateOnly(2026, 2, 12), "Held");

        var dean = (await app.AsAsync("dean.sitis", sp => Trends(sp).MeetingCadenceAsync()))!;
        dean.Kind.ShouldBe(DashboardChartKind.Line);
        var series = dean.Series.Single();
        series.Values[0].ShouldBe(1m);
        series.Values[February].ShouldBe(2m);
        series.Values.Sum().ShouldBe(3m);

        var aqd = (await app.AsAsync("aqd", sp => Trends(sp).MeetingCadenceAsync()))!;
        aqd.Series.Count.ShouldBe(2);
        aqd.Series.Sum(s => s.Values[February]).ShouldBe(3m);
    }

    private static async Task<Guid> CommissionAsync(TestApp app, Guid school)
    {
        var id = Guid.NewGuid();
        await app.AsAsync("admin", sp => sp.GetRequiredService<IDbSession>().ExecuteAsync("""
            INSERT INTO qc_commissions (id, school_unit_id, state, order_number, order_date, version, created_at, created_by, updated_at, updated_by)
            VALUES (@id, @school, 'Active', '7-ө', @orderDate, 1, @at, 'test', @at, 'test')
            """, new { id, school, orderDate = new DateOnly(2025, 1, 10), at = Today }));
        return id;
    }

    private static Task MeetingAsync(TestApp app, Guid commission, DateOnly date, string state) =>
        app.AsAsync("admin", sp => sp.GetRequiredService<IDbSession>().ExecuteAsync("""
            INSERT INTO qc_meetings (id, commission_id, meeting_date, meeting_format, state, reviews_register, version,
              created_at, created_by, updated_at, updated_by)
            VALUES (@id, @commission, @date, 'InPerson', @state, @no, 1, @at, 'test', @at, 'test')
            """, new { id = Guid.NewGuid(), commission, date, state, no = false, at = Today }));

    /// <summary>The current (UI) culture for the test's thread, restored after.</summary>
    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _ui = CultureInfo.CurrentUICulture;

        public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _ui;
        }
    }
}
