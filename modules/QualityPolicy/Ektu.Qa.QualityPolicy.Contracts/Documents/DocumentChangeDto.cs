namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>A row of a document's change-registration sheet (004 §8).</summary>
public sealed class DocumentChangeDto
{
    public Guid Id { get; init; }
    public Guid DocumentId { get; init; }
    public int ChangeNumber { get; init; }
    public string Pages { get; init; } = "";
    public string Reason { get; init; } = "";
    public string RegisteredBy { get; init; } = "";
    public DateOnly RegisteredOn { get; init; }
    public DateOnly ChangedOn { get; init; }
}
