namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>A document attached to one step of the procedure (the order, the self-assessment report, the agency's decision).</summary>
public sealed class AssessmentDocumentDto
{
    public Guid Id { get; init; }
    public Guid AssessmentId { get; init; }
    public string Step { get; init; } = "";
    public string FileName { get; init; } = "";
    public long SizeBytes { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
}
