using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>A criterion of an agency's standard: what the self-assessment report answers with a narrative and evidence.</summary>
public sealed class SaCriterionDto
{
    public Guid Id { get; init; }
    public Guid StandardId { get; init; }
    public string Code { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string Title => LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);
    public int Version { get; init; }
}
