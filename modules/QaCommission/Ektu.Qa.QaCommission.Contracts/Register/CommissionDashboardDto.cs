namespace Ektu.Qa.QaCommission.Register;

/// <summary>A commission's health: meeting cadence, quorum history, overdue decisions, term expiries, register reviews.</summary>
public sealed class CommissionDashboardDto
{
    public Guid CommissionId { get; init; }
    public DateOnly? LastMeeting { get; init; }
    public DateOnly? NextMeeting { get; init; }

    /// <summary>More than two months passed (or will pass before the next planned meeting) without a meeting.</summary>
    public bool MeetingOverdue { get; init; }

    /// <summary>Meetings that went more than two months after the previous one.</summary>
    public int CadenceGaps { get; init; }

    public IReadOnlyList<QuorumPoint> QuorumHistory { get; init; } = [];
    public int OpenDecisions { get; init; }
    public int OverdueDecisions { get; init; }
    public DateOnly? LastRegisterReview { get; init; }

    /// <summary>The register has not been reviewed at a held meeting for more than half a year.</summary>
    public bool RegisterReviewOverdue { get; init; }

    public int TermsEndingSoon { get; init; }
    public int MeetingsWithLateMaterials { get; init; }
    public int UnansweredRequests { get; init; }
}
