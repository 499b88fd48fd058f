namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>
/// Readiness records for other modules (the QA commission's semi-annual report, its document archive, CAPA sources):
/// the rows of the given units without a permission check — the caller has already decided what its user may see.
/// Computed fields (unit names, overdue, stale) are left to the caller.
/// </summary>
public interface IReadinessIntegrationService
{
    Task<IReadOnlyList<RecommendationDto>> GetRecommendationsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct = default);

    Task<IReadOnlyList<EvidenceDocumentDto>> GetEvidenceAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct = default);

    Task<bool> RecommendationExistsAsync(Guid id, CancellationToken ct = default);
}
