namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>
/// Certificates of management systems in the caller's scope (another unit's answers 404) and their annual inspection
/// audits. Every change leaves an audit entry.
/// </summary>
public interface ICertificationAppService
{
    Task<IReadOnlyList<CertificateDto>> GetListAsync(CancellationToken ct = default);

    Task<CertificateDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<CertificateDto> CreateAsync(SaveCertificateInput input, CancellationToken ct = default);

    Task<CertificateDto> UpdateAsync(Guid id, SaveCertificateInput input, CancellationToken ct = default);

    Task<InspectionAuditDto> PlanAuditAsync(Guid id, PlanAuditInput input, CancellationToken ct = default);

    Task<InspectionAuditDto> RecordAuditAsync(Guid id, Guid auditId, RecordAuditInput input, CancellationToken ct = default);

    /// <summary>
    /// Raises a held audit's findings as a CAPA item (Improvement); idempotent: once raised, the same item is answered and
    /// nothing is raised again.
    /// </summary>
    Task<InspectionAuditDto> RaiseFindingsAsync(Guid id, Guid auditId, RaiseFindingsInput input, CancellationToken ct = default);
}
