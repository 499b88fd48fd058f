using Ektu.Qa.QualityPolicy.Kpis;

namespace Ektu.Qa.QualityPolicy.Tests.Domain;

public sealed class KpiStatusRuleTests
{
    [Theory]
    [InlineData(8000, 8000, KpiStatus.OnTrack)]
    [InlineData(8000, 8500, KpiStatus.OnTrack)]
    [InlineData(8000, 7200, KpiStatus.AtRisk)] // exactly 10 % short
    [InlineData(8000, 7199, KpiStatus.Missed)] // just over 10 % short
    public void Evaluate_Should_GiveStatus_When_HigherIsBetter(long target, long actual, KpiStatus expected) =>
        KpiStatusRule.Evaluate(target, actual, higherIsBetter: true).ShouldBe(expected);

    [Theory]
    [InlineData(1000, 1000, KpiStatus.OnTrack)]
    [InlineData(1000, 900, KpiStatus.OnTrack)]
    [InlineData(1000, 1100, KpiStatus.AtRisk)]
    [InlineData(1000, 1101, KpiStatus.Missed)]
    public void Evaluate_Should_GiveStatus_When_LowerIsBetter(long target, long actual, KpiStatus expected) =>
        KpiStatusRule.Evaluate(target, actual, higherIsBetter: false).ShouldBe(expected);

    [Fact]
    public void Evaluate_Should_BeNoData_When_TargetOrActualMissing()
    {
        KpiStatusRule.Evaluate(null, 100, true).ShouldBe(KpiStatus.NoData);
        KpiStatusRule.Evaluate(100, null, true).ShouldBe(KpiStatus.NoData);
    }

    [Fact]
    public void Evaluate_Should_BeMissed_When_ZeroTargetExceeded()
    {
        KpiStatusRule.Evaluate(0, 1, higherIsBetter: false).ShouldBe(KpiStatus.Missed);
        KpiStatusRule.Evaluate(0, 0, higherIsBetter: false).ShouldBe(KpiStatus.OnTrack);
    }

    [Fact]
    public void ToX100_Should_RoundToCents_When_Scaling()
    {
        Scaled.ToX100(12.345m).ShouldBe(1235);
        Scaled.FromX100(1235).ShouldBe(12.35m);
    }
}
