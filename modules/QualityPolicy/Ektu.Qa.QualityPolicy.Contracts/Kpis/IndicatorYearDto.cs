namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>One year of an indicator: target, latest actual and status.</summary>
public sealed record IndicatorYearDto(int Year, decimal? Target, decimal? Actual, KpiStatus Status);
