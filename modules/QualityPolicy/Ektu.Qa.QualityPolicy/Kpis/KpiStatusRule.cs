
namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>
/// Status of an indicator in a year, direction-aware, on values scaled ×100 (exact integers on both databases):
/// the target met or beaten → OnTrack; missed by no more than 10 % of the target's magnitude → AtRisk; else Missed.
/// </summary>
internal static class KpiStatusRule
{
    public static KpiStatus Evaluate(long? target, long? actual, bool higherIsBetter)
    {
        if (target is not { } t || actual is not { } a) return KpiStatus.NoData;
        var shortfall = higherIsBetter ? t - a : a - t;
        if (shortfall <= 0) return KpiStatus.OnTrack;
        // shortfall ≤ 10 % of |target|, kept in integers: 10 × shortfall ≤ |target|.
        return shortfall * 10 <= Math.Abs(t) ? KpiStatus.AtRisk : KpiStatus.Missed;
    }
}
