namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Accreditation readiness in the caller's scope: recommendations by status and evidence freshness per ESG standard.</summary>
public sealed class ReadinessSummaryDto
{
    public IReadOnlyDictionary<RecommendationStatus, int> Recommendations { get; init; } = new Dictionary<RecommendationStatus, int>();
    public int OverdueRecommendations { get; init; }

    /// <summary>Executed recommendations as a percentage of all, rounded; 0 when there are none.</summary>
    public int ExecutedPercent { get; init; }

    public int EvidenceTotal { get; init; }
    public int EvidenceStale { get; init; }

    /// <summary>Per ESG standard 1–10: documents and stale documents.</summary>
    public IReadOnlyList<EsgEvidenceCountDto> ByStandard { get; init; } = [];
}
