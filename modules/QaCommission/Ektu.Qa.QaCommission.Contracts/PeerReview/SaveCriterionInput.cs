namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>A criterion of a new template.</summary>
public sealed class SaveCriterionInput
{
    public string Title { get; set; } = "";
    public int MaxScore { get; set; } = 5;
}
