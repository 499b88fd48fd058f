using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>An agency's standard of self-assessment, mapped to the ESG 2015 part 1 standard it serves, with its criteria.</summary>
public sealed class SaStandardDto
{
    public Guid Id { get; init; }
    public Guid AgencyId { get; init; }
    public string AgencyCode { get; set; } = "";
    public string Code { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string Title => LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);

    /// <summary>ESG 2015 standard number, 1 to 10: evidence tagged with it serves this standard of every agency.</summary>
    public int EsgStandard { get; init; }

    public IReadOnlyList<SaCriterionDto> Criteria { get; set; } = [];
    public int Version { get; init; }
}
