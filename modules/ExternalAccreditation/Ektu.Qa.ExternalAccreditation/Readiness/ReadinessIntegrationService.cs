namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Readiness rows of given units for other modules (see the interface: no permission check here).</summary>
internal sealed class ReadinessIntegrationService(ReadinessRepository repo) : IReadinessIntegrationService
{
    public async Task<IReadOnlyList<RecommendationDto>> GetRecommendationsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct = default) =>
        unitIds.Count == 0 ? [] : await repo.GetRecommendationsAsync(false, unitIds, ct);

    public async Task<IReadOnlyList<EvidenceDocumentDto>> GetEvidenceAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct = default) =>
        unitIds.Count == 0 ? [] : await repo.GetEvidenceAsync(false, unitIds, null, null, ct);

    public async Task<bool> RecommendationExistsAsync(Guid id, CancellationToken ct = default) => await repo.FindRecommendationAsync(id, ct) != null;
}
