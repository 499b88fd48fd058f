namespace Ektu.Qa.QaCommission.Register;

/// <summary>Evidence of execution: a note, a file or both.</summary>
public sealed class ExecutionEvidenceDto
{
    public Guid Id { get; init; }
    public Guid DecisionId { get; init; }
    public string? Note { get; init; }
    public string? FileName { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
}
