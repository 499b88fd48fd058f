namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>The Board's approval of the pending edition.</summary>
public sealed class ApproveEditionInput
{
    public DateOnly? ApprovedOn { get; set; }
    public string ApprovingBody { get; set; } = "";
    public string DecisionNumber { get; set; } = "";
    public int Version { get; set; }
}
