namespace Ektu.Qa.QaCommission.Documents;

/// <summary>Evidence of a decision's execution that carries a file, with the decision's text and meeting.</summary>
internal sealed class ExecutionEvidenceFileRow
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public string DecisionText { get; init; } = "";
    public string FileName { get; init; } = "";
    public DateTime CreatedAt { get; init; }
}
