using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>A strategic goal and its target indicators.</summary>
public sealed class StrategicGoalDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public Guid OwnerUnitId { get; init; }
    public int Version { get; init; }
    public List<IndicatorDto> Indicators { get; init; } = [];

    public string Title => LocalizerExtensions.Pick(TitleKk, TitleRu, TitleEn);
}
