namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>A value against its threshold: met (at or past the target), at risk (at or past the warning line), not met.</summary>
public enum IndicatorStatus
{
    Met,
    AtRisk,
    NotMet,
}
