namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>A new evidence document, or its update (<see cref="Version"/> then required; the unit stays).</summary>
public sealed class SaveEvidenceDocumentInput
{
    public Guid UnitId { get; set; }
    public string Title { get; set; } = "";
    public int EsgStandard { get; set; } = 1;
    public string? Programme { get; set; }
    public string Period { get; set; } = "";
    public DateOnly? DocumentDate { get; set; }
    public string Location { get; set; } = "";
    public int Version { get; set; }
}
