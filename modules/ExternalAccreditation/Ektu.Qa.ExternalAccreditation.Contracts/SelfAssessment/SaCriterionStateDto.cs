using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>One criterion within a self-assessment: its narrative in three languages, linked evidence, completeness.</summary>
public sealed class SaCriterionStateDto
{
    public Guid CriterionId { get; init; }
    public string StandardCode { get; init; } = "";
    public string StandardTitle { get; init; } = "";
    public int EsgStandard { get; init; }
    public string Code { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string Title => LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);
    public string? NarrativeKk { get; init; }
    public string? NarrativeRu { get; init; }
    public string? NarrativeEn { get; init; }

    /// <summary>The narrative's row version (0 before the first save).</summary>
    public int NarrativeVersion { get; init; }

    public IReadOnlyList<EvidenceDocumentDto> Evidence { get; set; } = [];
    public CriterionCompleteness Completeness { get; set; }

    /// <summary>At least one linked document is older than the evidence library's freshness allows.</summary>
    public bool HasStaleEvidence { get; set; }
}
