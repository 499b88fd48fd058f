namespace Ektu.Qa.QaCommission.Documents;

/// <summary>An evidence entry that carries a file, with its decision's text and meeting.</summary>
internal sealed class EvidenceFileRow
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public string DecisionText { get; init; } = "";
    public string FileName { get; init; } = "";
    public DateTime CreatedAt { get; init; }
}
