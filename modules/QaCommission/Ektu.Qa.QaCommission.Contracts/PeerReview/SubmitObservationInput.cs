namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>The observer's form: a score for every criterion and formative feedback.</summary>
public sealed class SubmitObservationInput
{
    public Dictionary<Guid, int> Scores { get; set; } = [];
    public Dictionary<Guid, string>? Comments { get; set; }
    public string Strengths { get; set; } = "";
    public string Improvements { get; set; } = "";
    public int Version { get; set; }
}
