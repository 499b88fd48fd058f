using Ektu.Qa.ProgrammeMonitoring.Effectiveness;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Domain;

/// <summary>Statuses at the threshold lines (inclusive) in both directions.</summary>
public sealed class IndicatorRulesTests
{
    private static readonly ThresholdDto Employment = new() { Indicator = EffectivenessIndicator.Employment, Target = 75, AtRiskFrom = 65 };

    private static readonly ThresholdDto Ranking = new()
        { Indicator = EffectivenessIndicator.RankingPosition, Target = 10, AtRiskFrom = 20, LowerIsBetter = true };

    [Theory]
    [InlineData(75, IndicatorStatus.Met)]
    [InlineData(74.99, IndicatorStatus.AtRisk)]
    [InlineData(65, IndicatorStatus.AtRisk)]
    [InlineData(64.99, IndicatorStatus.NotMet)]
    public void Status_Should_CountTheLineAsReached_When_HigherIsBetter(decimal value, IndicatorStatus expected) =>
        IndicatorRules.Status(value, Employment).ShouldBe(expected);

    [Theory]
    [InlineData(10, IndicatorStatus.Met)]
    [InlineData(11, IndicatorStatus.AtRisk)]
    [InlineData(20, IndicatorStatus.AtRisk)]
    [InlineData(21, IndicatorStatus.NotMet)]
    public void Status_Should_CompareTheOtherWay_When_LowerIsBetter(decimal value, IndicatorStatus expected) =>
        IndicatorRules.Status(value, Ranking).ShouldBe(expected);

    [Fact]
    public void Moved_Should_BeFalse_When_ValueStayedOrWentTheWrongWay()
    {
        IndicatorRules.Moved(70, 70, lowerIsBetter: false).ShouldBeFalse();
        IndicatorRules.Moved(70, 69, lowerIsBetter: false).ShouldBeFalse();
        IndicatorRules.Moved(12, 11, lowerIsBetter: true).ShouldBeTrue();
    }
}
