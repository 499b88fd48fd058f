namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>The cyclic periodic review, the yearly monitoring between two of them, or a review a trigger opened.</summary>
public enum ReviewKind
{
    Periodic,
    YearlyMonitoring,
    Triggered,
}
