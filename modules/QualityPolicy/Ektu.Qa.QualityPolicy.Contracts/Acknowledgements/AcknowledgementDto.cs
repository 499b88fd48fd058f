using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.QualityPolicy.Acknowledgements;

/// <summary>An employee's task to acknowledge an edition in force, and its outcome.</summary>
public sealed class AcknowledgementDto
{
    public Guid Id { get; init; }
    public Guid DocumentId { get; init; }
    public Guid EditionId { get; init; }
    public int EditionNumber { get; init; }
    public string DocumentCode { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public Guid UserId { get; init; }
    public string UserName { get; init; } = "";
    public string FullName { get; init; } = "";
    public string? Position { get; init; }
    public DateOnly DueOn { get; init; }
    public DateTime? AcknowledgedAt { get; init; }
    public int Version { get; init; }

    public string Title => LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);
}
