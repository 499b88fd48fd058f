using System.Globalization;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Tests.Application;
using Ektu.Qa.Improvement.Tests.Capa;
using Ektu.Qa.Improvement.Web;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Tests.Web;

/// <summary>
/// The improvement module's charts on a real database, each scoped as its list is
/// (the dean of SITIS sees SITIS only, the quality office everything) and dated in Almaty. Today is Monday 2 March 2026,
/// 11:00 in Almaty, unless a test moves the clock; the 12 months run from April 2025 to March 2026.
/// </summary>
public sealed class ImprovementTrendsTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly DateTime Today = new(2026, 3, 2, 6, 0, 0, DateTimeKind.Utc);
    private const int February = 10;

    private static ImprovementTrends Trends(IServiceProvider sp) => sp.GetRequiredService<ImprovementTrends>();

    [Theory, MemberData(nameof(Providers))]
    public async Task CapaAgeingAsync_Should_PutThirtyDaysInTheFirstBandAndThirtyOneInTheSecond_When_ItemsAreThatOld(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, now: Today);
        await CapaAppServiceTests.NewItemAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(1));
        await CapaAppServiceTests.NewItemAsync(app);
        // Another school's item of the same age: not the dean of SITIS's.
        await app.AsAsync("aqd", async sp => await sp.GetRequiredService<ICapaAppService>().CreateAsync(new SaveCapaItemInput
        {
            UnitId = await app.UnitAsync("SEM"), Source = CapaSources.Audit, Problem = "No field practice reports",
            CorrectiveAction = "Collect the reports",
            OwnerUserId = await app.UserIdAsync("teacher2"), Deadline = new DateOnly(2026, 4, 30), CheckAfterDays = 30,
        }));
        // 31 days after the first item was raised, 30 after the others.
        app.Clock.UtcNow = Today.AddDays(31);

        var dean = (await app.AsAsync("dean.sitis", sp => Trends(sp).CapaAgeingAsync()))!;
        dean.Kind.ShouldBe(DashboardChartKind.Bar);
        dean.Labels.Count.ShouldBe(4);
        dean.Series.Single().Values.ShouldBe([1m, 1m, 0m, 0m]);
        (await app.AsAsync("aqd", sp => Trends(sp).CapaAgeingAsync()))!.Series.Single().Values.ShouldBe([2m, 1m, 0m, 0m]);

        app.Clock.UtcNow = Today.AddDays(91); // 91 and 90 days
        (await app.AsAsync("dean.sitis", sp => Trends(sp).CapaAgeingAsync()))!.Series.Single().Values.ShouldBe([0m, 0m, 1m, 1m]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OpenCapaAsync_Should_ReadEachListOnce_When_TilesAndChartsAskInOneRequest(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, now: Today);
        await CapaAppServiceTests.NewItemAsync(app);

        var shared = await app.AsAsync("aqd", async sp =>
        {
            var trends = Trends(sp);
            var capa = await trends.OpenCapaAsync();
            var appeals = await trends.AppealsAsync();
            await trends.CapaAgeingAsync();
            await trends.AppealsPerMonthAsync();
            return ReferenceEquals(capa, await trends.OpenCapaAsync()) && ReferenceEquals(appeals, await trends.AppealsAsync())
                && capa.Count == 1;
        });

        shared.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task CapaAgeingAsync_Should_HaveNoLabels_When_NothingIsOpen(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, now: Today);
        (await app.AsAsync("dean.sitis", sp => Trends(sp).CapaAgeingAsync()))!.IsEmpty.ShouldBeTrue();
        (await app.AsAsync("council.sitis", sp => Trends(sp).CapaAgeingAsync())).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AppealsPerMonthAsync_Should_CountByAlmatyMonthAndLevel_When_ReceivedAroundMidnight(string provider)
    {
        using var _ = new CultureScope("en");
        await using var app = await TestApp.StartAsync(provider, now: Today);
        app.Clock.UtcNow = new DateTime(2025, 3, 16, 6, 0, 0, DateTimeKind.Utc);
        await SubmitAsync(app, "SITIS-CS"); // more than 12 months ago
        // 31 January 19:30 UTC is 1 February 00:30 in Almaty: a February appeal.
        app.Clock.UtcNow = new DateTime(2026, 1, 31, 19, 30, 0, DateTimeKind.Utc);
        await SubmitAsync(app, "SITIS-CS");
        app.Clock.UtcNow = new DateTime(2026, 2, 10, 6, 0, 0, DateTimeKind.Utc);
        await SubmitAsync(app, "SITIS");
        await SubmitAsync(app, "SEM");
        app.Clock.UtcNow = Today;

        var dean = (await app.AsAsync("dean.sitis", sp => Trends(sp).AppealsPerMonthAsync()))!;
        dean.Stacked.ShouldBeTrue();
        dean.Labels.Count.ShouldBe(12);
        var byLevel = dean.Series.ToDictionary(s => s.Name, s => s.Values);
        byLevel["Department"][February].ShouldBe(1m);
        byLevel["Department"][February - 1].ShouldBe(0m);
        byLevel["School"][February].ShouldBe(1m);
        dean.Series.Sum(s => s.Values.Sum()).ShouldBe(2m);

        var aqd = (await app.AsAsync("aqd", sp => Trends(sp).AppealsPerMonthAsync()))!;
        aqd.Series.Single(s => s.Name == "School").Values[February].ShouldBe(2m);
        aqd.Series.Sum(s => s.Values.Sum()).ShouldBe(3m);
    }

    private static Task SubmitAsync(TestApp app, string unitCode) => app.AsAsync("teacher1", async sp =>
        await sp.GetRequiredService<IAppealAppService>().SubmitAsync(new SubmitAppealInput
        {
            ApplicantKind = ApplicantKind.Staff, Kind = AppealKind.Individual, Formality = AppealFormality.Formal, Subject = "Exam schedule",
            Text = "Two exams on one day", UnitId = await app.UnitAsync(unitCode),
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
