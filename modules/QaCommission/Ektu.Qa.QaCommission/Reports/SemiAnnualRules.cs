namespace Ektu.Qa.QaCommission.Reports;

/// <summary>
/// The explicit rules that turn the period's figures into strengths and risks (004 §7.6), each risk with a CAPA proposal.
/// Strengths: execution rate ≥ 80 % of the adopted decisions; meetings held regularly (at least one, none without quorum,
/// no gap over two months); CAPA actions proved effective (some closed, none reopened); appeals handled on time (some
/// received, none overdue); peer-review mean ≥ 80 %.
/// Risks: overdue decisions; no meeting held; a gap over two months between meetings; a meeting without quorum;
/// ineffective CAPA (reopened after the check); overdue CAPA; overdue appeals; a peer-review mean below the low-score
/// threshold (setting <c>QaCommission.PeerReview.LowScorePercent</c>); overdue accreditation recommendations.
/// </summary>
internal static class SemiAnnualRules
{
    public const int StrongExecutionRate = 80;

    public const int StrongPeerReviewPercent = 80;

    public static IReadOnlyList<Finding> Evaluate(SemiAnnualFigures f)
    {
        var list = new List<Finding>();
        if (f.ExecutionRate is { } rate && rate >= StrongExecutionRate) list.Add(new(false, "ExecutionRate", rate));
        if (f.MeetingsHeld > 0 && f.MeetingGaps == 0 && f.MeetingsWithoutQuorum == 0) list.Add(new(false, "RegularMeetings", f.MeetingsHeld));
        if (f.CapaClosed > 0 && f.CapaReopened == 0) list.Add(new(false, "CapaEffective", f.CapaClosed));
        if (f.AppealsReceived > 0 && f.AppealsOverdue == 0) list.Add(new(false, "AppealsOnTime", f.AppealsReceived));
        if (f.PeerReviewPercent is { } high && high >= StrongPeerReviewPercent) list.Add(new(false, "PeerReviewHigh", high));

        if (f.DecisionsOverdue > 0) list.Add(new(true, "OverdueDecisions", f.DecisionsOverdue));
        if (f.MeetingsHeld == 0) list.Add(new(true, "NoMeetings", 0));
        if (f.MeetingGaps > 0) list.Add(new(true, "MeetingGaps", f.MeetingGaps));
        if (f.MeetingsWithoutQuorum > 0) list.Add(new(true, "NoQuorum", f.MeetingsWithoutQuorum));
        if (f.CapaReopened > 0) list.Add(new(true, "IneffectiveCapa", f.CapaReopened));
        if (f.CapaOverdue > 0) list.Add(new(true, "OverdueCapa", f.CapaOverdue));
        if (f.AppealsOverdue > 0) list.Add(new(true, "OverdueAppeals", f.AppealsOverdue));
        if (f.PeerReviewPercent is { } low && low < f.PeerReviewLowThreshold) list.Add(new(true, "LowPeerReview", low));
        if (f.RecommendationsOverdue > 0) list.Add(new(true, "OverdueRecommendations", f.RecommendationsOverdue));
        return list;
    }
}
