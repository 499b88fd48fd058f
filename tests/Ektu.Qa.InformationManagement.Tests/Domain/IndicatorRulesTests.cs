using Ektu.Qa.InformationManagement.Indicators;

namespace Ektu.Qa.InformationManagement.Tests.Domain;

public sealed class IndicatorRulesTests
{
    [Theory]
    [InlineData(80.00, ThresholdDirection.AtLeast, ThresholdStatus.Met)]
    [InlineData(79.99, ThresholdDirection.AtLeast, ThresholdStatus.NotMet)]
    [InlineData(80.01, ThresholdDirection.AtMost, ThresholdStatus.NotMet)]
    [InlineData(80.00, ThresholdDirection.AtMost, ThresholdStatus.Met)]
    public void Status_Should_CountTheThresholdItselfAsMet_When_ValueIsOnTheEdge(double value, ThresholdDirection direction,
        ThresholdStatus expected) =>
        IndicatorRules.Status((decimal)value, 80m, direction).ShouldBe(expected);

    [Fact]
    public void Status_Should_BeNone_When_IndicatorHasNoThreshold() =>
        IndicatorRules.Status(1m, null, ThresholdDirection.AtLeast).ShouldBe(ThresholdStatus.None);

    [Theory]
    [InlineData(PeriodKind.Year, "2025", 1)]
    [InlineData(PeriodKind.Semester, "2025-S2", 7)]
    [InlineData(PeriodKind.Quarter, "2025-q3", 7)]
    [InlineData(PeriodKind.Month, "2025-12", 12)]
    public void PeriodStart_Should_GiveTheFirstDay_When_PeriodIsWrittenAsItsKindRequires(PeriodKind kind, string period, int month) =>
        IndicatorRules.PeriodStart(kind, period).ShouldBe(new DateOnly(2025, month, 1));

    [Theory]
    [InlineData(PeriodKind.Year, "2025-Q1")]
    [InlineData(PeriodKind.Semester, "2025-S3")]
    [InlineData(PeriodKind.Quarter, "2025-Q5")]
    [InlineData(PeriodKind.Month, "2025-13")]
    [InlineData(PeriodKind.Year, "25")]
    public void PeriodStart_Should_BeNull_When_PeriodDoesNotFitItsKind(PeriodKind kind, string period) =>
        IndicatorRules.PeriodStart(kind, period).ShouldBeNull();

    [Fact]
    public void ToStored_Should_RefuseMoreThanTwoDecimals_When_ValueIsTooPrecise()
    {
        IndicatorRules.ToStored(12.34m).ShouldBe(1234);
        IndicatorRules.ToStored(12.345m).ShouldBeNull();
        IndicatorRules.ParseNumber("12,5").ShouldBe(12.5m);
        IndicatorRules.ParseNumber("n/a").ShouldBeNull();
    }
}
