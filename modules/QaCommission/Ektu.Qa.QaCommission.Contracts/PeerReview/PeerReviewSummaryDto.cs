namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>
/// A teacher's submitted observations in a period: the mean percentage and the criteria whose mean falls below the
/// threshold — the input for CAPA and professional-development planning.
/// </summary>
public sealed class PeerReviewSummaryDto
{
    public Guid TeacherUserId { get; init; }
    public string TeacherName { get; init; } = "";
    public int Observations { get; init; }
    public int ScorePercent { get; init; }
    public IReadOnlyList<string> DevelopmentNeeds { get; init; } = [];
}
