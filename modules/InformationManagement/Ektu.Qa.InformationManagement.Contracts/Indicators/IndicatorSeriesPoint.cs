namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>
/// One row of the read-only data endpoint, flat as Grafana's Infinity (JSON) datasource reads it: the period's first day as
/// the time, the unit as the series, the value and the threshold.
/// </summary>
public sealed record IndicatorSeriesPoint(
    DateTime Time, string Period, string Indicator, string Unit, string UnitName, decimal Value, decimal? Threshold, ThresholdStatus Status);
