using Ektu.Qa.QaCommission.PeerReview;

namespace Ektu.Qa.QaCommission.Tests.PeerReview;

public sealed class ObservationScoringTests
{
    [Theory]
    [InlineData(3, 5, 60, false)]
    [InlineData(2, 5, 60, true)]
    [InlineData(5, 10, 50, false)]
    [InlineData(4, 10, 50, true)]
    [InlineData(1, 5, 20, false)]
    public void IsLow_Should_CompareAgainstThresholdPercent_When_AtTheEdge(int score, int max, int threshold, bool low) =>
        ObservationScoring.IsLow(score, max, threshold).ShouldBe(low);

    [Theory]
    [InlineData(0, 5, false)]
    [InlineData(1, 5, true)]
    [InlineData(5, 5, true)]
    [InlineData(6, 5, false)]
    public void IsValid_Should_AcceptOneToMax_When_Scored(int score, int max, bool valid) => ObservationScoring.IsValid(score, max).ShouldBe(valid);

    [Fact]
    public void Average_Should_RoundToTwoDecimals_When_Scored()
    {
        var scores = new[] { S(5, 5), S(3, 5), S(2, 5) };
        ObservationScoring.Average(scores).ShouldBe(3.33m);
        ObservationScoring.Percent(scores).ShouldBe(67);
    }

    [Fact]
    public void Average_Should_BeNull_When_NothingScored()
    {
        var scores = new[] { S(null, 5) };
        ObservationScoring.Average(scores).ShouldBeNull();
        ObservationScoring.Percent(scores).ShouldBeNull();
    }

    [Fact]
    public void Percent_Should_RoundHalfAwayFromZero_When_ExactlyHalf() => ObservationScoring.Percent(1, 8).ShouldBe(13);

    private static ObservationScoreDto S(int? score, int max) => new() { CriterionId = Guid.NewGuid(), Score = score, MaxScore = max, Title = "c" };
}
