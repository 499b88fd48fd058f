namespace Ektu.Qa.QaCommission.Reports;

/// <summary>The counts the strengths / risks rules read; everything "as of" the report's date within its period.</summary>
internal sealed record SemiAnnualFigures
{
    public int MeetingsHeld { get; init; }
    public int MeetingsWithoutQuorum { get; init; }
    /// <summary>Held meetings that came more than two calendar months after the previous held one (004 §7.2).</summary>
    public int MeetingGaps { get; init; }
    public int DecisionsAdopted { get; init; }
    public int DecisionsExecuted { get; init; }
    public int DecisionsOverdue { get; init; }
    public int CapaClosed { get; init; }
    /// <summary>Items reopened after an effectiveness check: the action did not work.</summary>
    public int CapaReopened { get; init; }
    public int CapaOverdue { get; init; }
    public int AppealsReceived { get; init; }
    public int AppealsOverdue { get; init; }
    /// <summary>Mean score percentage of the submitted observations; null without any.</summary>
    public int? PeerReviewPercent { get; init; }
    public int PeerReviewLowThreshold { get; init; } = 60;
    public int RecommendationsOverdue { get; init; }

    /// <summary>Executed share of the adopted decisions, whole percent rounded down; null without decisions.</summary>
    public int? ExecutionRate => DecisionsAdopted == 0 ? null : DecisionsExecuted * 100 / DecisionsAdopted;
}
