using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QualityPolicy.Kpis;
using Ektu.Qa.QualityPolicy.Tests.Application;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy.Tests.Data;

public sealed class KpiTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RecordActual_Should_ComputeStatusFromLatestActual_When_TargetSet(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var ektu = await app.UnitAsync("EKTU");
        var indicator = await app.AsAsync("aqd", async sp =>
        {
            var s = sp.GetRequiredService<IKpiAppService>();
            var goal = await s.CreateGoalAsync(new SaveStrategicGoalInput { Code = "SG-T", TitleKk = "Мақсат", TitleRu = "Цель", TitleEn = "Goal",
                OwnerUnitId = ektu });
            return await s.CreateIndicatorAsync(new SaveIndicatorInput
            {
                GoalId = goal.Id, NameKk = "Үлес", NameRu = "Доля", NameEn = "Share", UnitOfMeasure = "%", Baseline = 50.5m, HigherIsBetter = true,
            });
        });
        indicator = await app.AsAsync("aqd", sp =>
            sp.GetRequiredService<IKpiAppService>()
            .SetTargetAsync(indicator.Id, new IndicatorValueInput { Year = 2026, Value = 80m, Version = indicator.Version }));
        indicator = await app.AsAsync("aqd", sp =>
            sp.GetRequiredService<IKpiAppService>()
            .RecordActualAsync(indicator.Id, new IndicatorValueInput { Year = 2026, Period = "Q1", Value = 60m, Version = indicator.Version }));
        indicator.Years.Single().Status.ShouldBe(KpiStatus.Missed);

        app.Clock.Advance(TimeSpan.FromDays(90));
        indicator = await app.AsAsync("aqd", sp =>
            sp.GetRequiredService<IKpiAppService>()
            .RecordActualAsync(indicator.Id, new IndicatorValueInput { Year = 2026, Period = "Q2", Value = 72.01m, Version = indicator.Version }));

        indicator.Baseline.ShouldBe(50.5m);
        indicator.Years.Single().ShouldBe(new IndicatorYearDto(2026, 80m, 72.01m, KpiStatus.AtRisk));
        indicator.Actuals.Count.ShouldBe(2);
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("aqd", sp => sp.GetRequiredService<IKpiAppService>().RecordActualAsync(indicator.Id,
            new IndicatorValueInput { Year = 2026, Period = "Q3", Value = 1m, Version = indicator.Version - 1 })));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetGoals_Should_ReturnDemoIndicatorsWithStatus_When_Seeded(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var goals = await app.AsAsync("head.cs", sp => sp.GetRequiredService<IKpiAppService>().GetGoalsAsync());

        var indicators = goals.Single(g => g.Code == "SG-1").Indicators;
        indicators.Single(i => i.NameEn == "Share of accredited programmes").LatestStatus.ShouldBe(KpiStatus.AtRisk);
        indicators.Single(i => i.NameEn == "Student dropout rate").LatestStatus.ShouldBe(KpiStatus.Missed);
    }
}
