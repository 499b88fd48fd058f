
namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>One edition of a document with its stored file; part of the document aggregate.</summary>
internal sealed class DocumentEdition
{
    public Guid Id { get; set; }
    public Guid DocumentId { get; set; }
    public int EditionNumber { get; set; }
    public DocumentState State { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public string StoragePath { get; set; } = "";
    public DateOnly? ApprovedOn { get; set; }
    public string? ApprovingBody { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? InForceOn { get; set; }
    /// <summary>The approval process this edition was last submitted to; only that instance may approve it.</summary>
    public Guid? ApprovalInstanceId { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public DocumentEditionDto ToDto() => new()
    {
        Id = Id, DocumentId = DocumentId, Number = EditionNumber, State = State, FileName = FileName, ContentType = ContentType,
        SizeBytes = SizeBytes, Sha256 = Sha256, ApprovedOn = ApprovedOn, ApprovingBody = ApprovingBody, DecisionNumber = DecisionNumber,
        InForceOn = InForceOn, CreatedAt = CreatedAt, CreatedBy = CreatedBy,
    };
}
