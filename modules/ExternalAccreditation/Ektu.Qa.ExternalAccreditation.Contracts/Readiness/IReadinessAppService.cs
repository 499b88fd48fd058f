namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Accreditation readiness (004 §3.8): experts' recommendations with execution status; the evidence library with freshness.</summary>
public interface IReadinessAppService
{
    Task<IReadOnlyList<RecommendationDto>> GetRecommendationsAsync(CancellationToken ct = default);

    Task<RecommendationDto> AddRecommendationAsync(SaveRecommendationInput input, CancellationToken ct = default);

    /// <summary>Records execution; Executed needs a note and is final.</summary>
    Task<RecommendationDto> SetRecommendationStatusAsync(Guid id, RecommendationStatus status, string? note, int version,
        CancellationToken ct = default);

    Task<IReadOnlyList<EvidenceDocumentDto>> GetEvidenceAsync(EvidenceFilter filter, CancellationToken ct = default);

    Task<EvidenceDocumentDto> AddEvidenceAsync(SaveEvidenceDocumentInput input, CancellationToken ct = default);

    /// <summary>Updates tags, location or the document date (bringing a document up to date refreshes it).</summary>
    Task<EvidenceDocumentDto> UpdateEvidenceAsync(Guid id, SaveEvidenceDocumentInput input, CancellationToken ct = default);

    Task<ReadinessSummaryDto> GetSummaryAsync(CancellationToken ct = default);
}
