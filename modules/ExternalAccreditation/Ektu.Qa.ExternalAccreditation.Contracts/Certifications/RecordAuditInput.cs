namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>Records a planned audit as held: the day, the findings and the number of nonconformities.</summary>
public sealed class RecordAuditInput
{
    public DateOnly? HeldOn { get; set; }
    public string? Findings { get; set; }
    public int Nonconformities { get; set; }
    public int Version { get; set; }
}
