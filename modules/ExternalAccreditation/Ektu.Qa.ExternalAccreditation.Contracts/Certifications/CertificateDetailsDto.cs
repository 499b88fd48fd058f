namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>A certificate with its inspection audits.</summary>
public sealed record CertificateDetailsDto(CertificateDto Certificate, IReadOnlyList<InspectionAuditDto> Audits);
