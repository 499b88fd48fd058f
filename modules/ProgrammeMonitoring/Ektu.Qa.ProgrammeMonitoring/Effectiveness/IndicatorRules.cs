namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>
/// A value against its threshold, with the lines inclusive: exactly the target is met, exactly the warning line is at risk.
/// Whether an indicator moved is judged in its good direction (up, or down for a ranking position).
/// </summary>
internal static class IndicatorRules
{
    public static IndicatorStatus Status(decimal value, ThresholdDto t)
    {
        var sign = t.LowerIsBetter ? -1 : 1;
        if (sign * value >= sign * t.Target) return IndicatorStatus.Met;
        return sign * value >= sign * t.AtRiskFrom ? IndicatorStatus.AtRisk : IndicatorStatus.NotMet;
    }

    /// <summary>True when <paramref name="later"/> is better than <paramref name="baseline"/>; an equal value did not move.</summary>
    public static bool Moved(decimal baseline, decimal later, bool lowerIsBetter) => lowerIsBetter ? later < baseline : later > baseline;

    /// <summary>The target may not be on the wrong side of the warning line.</summary>
    public static bool Consistent(decimal target, decimal atRisk, bool lowerIsBetter) => lowerIsBetter ? target <= atRisk : target >= atRisk;

    public static bool LowerIsBetter(EffectivenessIndicator i) => i == EffectivenessIndicator.RankingPosition;
}
