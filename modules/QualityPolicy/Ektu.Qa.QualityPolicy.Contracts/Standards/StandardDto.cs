using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.QualityPolicy.Standards;

/// <summary>A standard of the versioned catalogue (ESG 1.1–1.10, EKTU-S1..S10) and its appointed administrator.</summary>
public sealed class StandardDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public int CatalogueVersion { get; init; }
    public StandardFramework Framework { get; init; }
    public int SortOrder { get; init; }
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string DescriptionKk { get; init; } = "";
    public string DescriptionRu { get; init; } = "";
    public string DescriptionEn { get; init; } = "";
    public string? EsgCode { get; init; }
    public string? Module { get; init; }
    public Guid? AdministratorUserId { get; init; }

    /// <summary>Filled by the service from Identity.</summary>
    public string? AdministratorName { get; set; }

    public int Version { get; init; }

    public string Title => LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);

    public string Description => LocalizerExtensions.Pick(DescriptionKk, DescriptionRu, DescriptionEn);
}
