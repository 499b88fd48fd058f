using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.QualityPolicy.Acknowledgements;

/// <summary>The acknowledgement sheet of one edition: which document and edition it is for, and who acknowledged it.</summary>
public sealed class AcknowledgementSheetDto
{
    public Guid DocumentId { get; init; }
    public Guid EditionId { get; init; }
    public string DocumentCode { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public int EditionNumber { get; init; }
    public DateOnly? ApprovedOn { get; init; }
    public IReadOnlyList<AcknowledgementDto> Rows { get; init; } = [];

    public string Title => LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);
}
