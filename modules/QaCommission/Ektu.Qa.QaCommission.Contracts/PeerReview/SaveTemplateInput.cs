namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>A new criteria template.</summary>
public sealed class SaveTemplateInput
{
    public string Name { get; set; } = "";
    public List<SaveCriterionInput> Criteria { get; set; } = [];
}
