namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>One edition (1, 2, 3…) of a document with its uploaded file.</summary>
public sealed class DocumentEditionDto
{
    public Guid Id { get; init; }
    public Guid DocumentId { get; init; }
    public int Number { get; init; }
    public DocumentState State { get; init; }
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public string Sha256 { get; init; } = "";
    public DateOnly? ApprovedOn { get; init; }
    public string? ApprovingBody { get; init; }
    public string? DecisionNumber { get; init; }
    public DateOnly? InForceOn { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
}
