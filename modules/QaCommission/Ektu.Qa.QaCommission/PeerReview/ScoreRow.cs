namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>A submitted score with its criterion, for summaries over many observations.</summary>
internal sealed class ScoreRow
{
    public Guid ObservationId { get; init; }
    public Guid CriterionId { get; init; }
    public string Title { get; init; } = "";
    public int MaxScore { get; init; }
    public int Score { get; init; }
}
