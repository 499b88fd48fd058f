namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>A criterion of the observation's form with its score (empty until submitted).</summary>
public sealed class ObservationScoreDto
{
    public Guid CriterionId { get; init; }
    public int Seq { get; init; }
    public string Title { get; init; } = "";
    public int MaxScore { get; init; }
    public int? Score { get; init; }
    public string? Comment { get; init; }
    public bool IsLow { get; set; }
}
