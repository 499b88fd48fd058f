namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>An annual inspection (surveillance) audit by the certification body: planned, then held with its findings.</summary>
public sealed class InspectionAuditDto
{
    public Guid Id { get; init; }
    public Guid CertificateId { get; init; }
    public DateOnly PlannedOn { get; init; }
    public DateOnly? HeldOn { get; init; }
    public string? Findings { get; init; }
    public int Nonconformities { get; init; }
    public bool IsOverdue { get; set; }

    /// <summary>The CAPA item raised from the findings, once raised.</summary>
    public Guid? CapaItemId { get; set; }
    public int Version { get; init; }
}
