namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>
/// Scores are integers from 1 to a criterion's maximum. A score is low when it falls below the threshold percentage of
/// its maximum (compared in integers: score × 100 &lt; threshold × max). Percentages round half away from zero.
/// </summary>
internal static class ObservationScoring
{
    public static bool IsValid(int score, int maxScore) => score >= 1 && score <= maxScore;

    public static bool IsLow(int score, int maxScore, int thresholdPercent) => score * 100 < thresholdPercent * maxScore;

    /// <summary>Mean score on the criteria's own scales, two decimals; null without scores.</summary>
    public static decimal? Average(IReadOnlyList<ObservationScoreDto> scores)
    {
        var scored = scores.Where(s => s.Score != null).ToList();
        return scored.Count == 0 ? null : Math.Round((decimal)scored.Sum(s => s.Score!.Value) / scored.Count, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Sum of scores as a percentage of the sum of maxima.</summary>
    public static int? Percent(IReadOnlyList<ObservationScoreDto> scores)
    {
        var scored = scores.Where(s => s.Score != null).ToList();
        var max = scored.Sum(s => s.MaxScore);
        return max == 0 ? null : Percent(scored.Sum(s => s.Score!.Value), max);
    }

    public static int Percent(int sum, int max) => (int)Math.Round(sum * 100m / max, MidpointRounding.AwayFromZero);
}
