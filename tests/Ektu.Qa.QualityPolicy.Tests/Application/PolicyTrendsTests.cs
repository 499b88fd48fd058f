using System.Globalization;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Web;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy.Tests.Application;

/// <summary>
/// The quality policy's charts on a real database, in the university's zone and
/// the user's unit scope. Today is Monday 2 March 2026 (11:00 in Almaty); the 12 months run from April 2025 to March 2026.
/// </summary>
public sealed class PolicyTrendsTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly DateOnly DueOn = new(2026, 2, 16);
    private const int February = 10;

    private static PolicyTrends Trends(IServiceProvider sp) => sp.GetRequiredService<PolicyTrends>();

    [Theory, MemberData(nameof(Providers))]
    public async Task AcknowledgementCompletionAsync_Should_CountTheDueDayInAlmaty_When_AcknowledgedAroundMidnight(string provider)
    {
        using var _ = new CultureScope("en");
        await using var app = await TestApp.StartAsync(provider);
        var (sitisDoc, sitisEdition) = await DocumentAsync(app, "SITIS-AIC-01");
        var (semDoc, semEdition) = await DocumentAsync(app, "SEM-REG-01");
        await app.AsAsync("admin", sp => sp.GetRequiredService<IDbSession>().ExecuteAsync("DELETE FROM qp_acknowledgements"));
        // 23:30 in Almaty on the due day: on time. 00:30 in Almaty the next day (still the due day in UTC): late.
        await AckAsync(app, sitisDoc, sitisEdition, DueOn, new DateTime(2026, 2, 16, 18, 30, 0, DateTimeKind.Utc));
        await AckAsync(app, sitisDoc, sitisEdition, DueOn, new DateTime(2026, 2, 16, 19, 30, 0, DateTimeKind.Utc));
        await AckAsync(app, sitisDoc, sitisEdition, DueOn, new DateTime(2026, 2, 17, 6, 0, 0, DateTimeKind.Utc));
        await AckAsync(app, sitisDoc, sitisEdition, new DateOnly(2026, 2, 20), null);
        // Not yet due (today is 2 March): not counted until the day has passed or it is made.
        await AckAsync(app, sitisDoc, sitisEdition, new DateOnly(2026, 3, 5), null);
        // Another school's document: the dean of SITIS does not see it; the quality office does.
        await AckAsync(app, semDoc, semEdition, DueOn, new DateTime(2026, 2, 10, 6, 0, 0, DateTimeKind.Utc));
        // Outside the 12 months.
        await AckAsync(app, sitisDoc, sitisEdition, new DateOnly(2025, 3, 31), null);

        var dean = (await app.AsAsync("dean.sitis", sp => Trends(sp).AcknowledgementCompletionAsync()))!;
        dean.Labels.Count.ShouldBe(12);
        dean.Labels[0].ShouldBe(DashboardMonths.Label(new DateOnly(2025, 4, 1)));
        dean.Labels[February].ShouldBe(DashboardMonths.Label(new DateOnly(2026, 2, 1)));
        dean.Unit.ShouldBe("%");
        dean.Series.Single().Values[February].ShouldBe(25m);
        dean.Series.Single().Values.Where((_, i) => i != February).ShouldAllBe(v => v == null);

        var aqd = (await app.AsAsync("aqd", sp => Trends(sp).AcknowledgementCompletionAsync()))!;
        aqd.Series.Single().Values[February].ShouldBe(40m);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AcknowledgementCompletionAsync_Should_HaveNoLabels_When_NothingWasDue(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.AsAsync("admin", sp => sp.GetRequiredService<IDbSession>().ExecuteAsync("DELETE FROM qp_acknowledgements"));
        var chart = (await app.AsAsync("dean.sitis", sp => Trends(sp).AcknowledgementCompletionAsync()))!;
        chart.IsEmpty.ShouldBeTrue();
        (await app.AsAsync("teacher1", sp => Trends(sp).AcknowledgementCompletionAsync())).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task KpiActualVsTargetAsync_Should_UseTheAlmatyYear_When_UtcIsStillInTheOldYear(string provider)
    {
        using var _ = new CultureScope("en");
        // 31 December 2026, 23:30 in Almaty: the demo indicators have targets for 2026.
        await using var app = await TestApp.StartAsync(provider, now: new DateTime(2026, 12, 31, 18, 30, 0, DateTimeKind.Utc));
        var goals = await app.AsAsync("aqd", sp => sp.GetRequiredService<IKpiAppService>().GetGoalsAsync());
        var share = goals.SelectMany(g => g.Indicators).Single(i => i.NameEn == "Share of accredited programmes");
        await app.AsAsync("aqd", sp => sp.GetRequiredService<IKpiAppService>().RecordActualAsync(share.Id,
            new IndicatorValueInput { Year = 2026, Period = "", Value = 85.5m, Version = share.Version }));

        var chart = (await app.AsAsync("dean.sitis", sp => Trends(sp).KpiActualVsTargetAsync()))!;
        chart.Title.ShouldContain("2026");
        chart.Labels.ShouldBe(["Share of accredited programmes", "Student dropout rate"], ignoreOrder: true);
        var i = chart.Labels.ToList().IndexOf("Share of accredited programmes");
        chart.Series[0].Values[i].ShouldBe(90m);
        chart.Series[1].Values[i].ShouldBe(85.5m);
        chart.Series[1].Values[1 - i].ShouldBeNull();

        // One hour later it is 2027 in Almaty (still 2026 in UTC): no indicator has a 2027 value yet.
        app.Clock.UtcNow = new DateTime(2026, 12, 31, 19, 30, 0, DateTimeKind.Utc);
        var next = (await app.AsAsync("dean.sitis", sp => Trends(sp).KpiActualVsTargetAsync()))!;
        next.Title.ShouldContain("2027");
        next.IsEmpty.ShouldBeTrue();
    }

    private static Task<(Guid Document, Guid Edition)> DocumentAsync(TestApp app, string code) => app.QueryAsync(async db =>
    {
        var document = Guid.Parse((await db.ExecuteScalarAsync<string>("SELECT id FROM qp_documents WHERE code = @code", new { code }))!);
        var edition = Guid.Parse((await db.ExecuteScalarAsync<string>(
            "SELECT id FROM qp_document_editions WHERE document_id = @document", new { document = document.ToString() }))!);
        return (document, edition);
    });

    private static Task AckAsync(TestApp app, Guid document, Guid edition, DateOnly dueOn, DateTime? acknowledgedAt) =>
        app.AsAsync("admin", sp => sp.GetRequiredService<IDbSession>().ExecuteAsync("""
            INSERT INTO qp_acknowledgements (id, document_id, edition_id, user_id, user_name, full_name, position, due_on, acknowledged_at, version,
              created_at, created_by, updated_at, updated_by)
            VALUES (@id, @document, @edition, @user, 'someone', 'Someone', NULL, @dueOn, @acknowledgedAt, 1, @at, 'test', @at, 'test')
            """, new
        {
            id = Guid.NewGuid(), document, edition, user = Guid.NewGuid(), dueOn, acknowledgedAt,
            at = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        }));

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
