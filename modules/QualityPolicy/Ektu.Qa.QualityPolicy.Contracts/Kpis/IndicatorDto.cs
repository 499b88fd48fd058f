using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>A target indicator with its targets, actuals and computed status per year.</summary>
public sealed class IndicatorDto
{
    public Guid Id { get; init; }
    public Guid GoalId { get; init; }
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string UnitOfMeasure { get; init; } = "";
    public decimal Baseline { get; init; }
    public bool HigherIsBetter { get; init; }
    public int Version { get; init; }
    public List<IndicatorYearDto> Years { get; init; } = [];
    public List<IndicatorActualDto> Actuals { get; init; } = [];

    public string Name => LocalizerExtensions.Pick(NameKk, NameRu, NameEn);

    /// <summary>Status of the latest year that has a target and an actual.</summary>
    public KpiStatus LatestStatus => Years.LastOrDefault(y => y.Status != KpiStatus.NoData)?.Status ?? KpiStatus.NoData;
}
