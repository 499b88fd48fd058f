namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>A target (period ignored) or an actual value for a year; <see cref="Version"/> is the indicator's.</summary>
public sealed class IndicatorValueInput
{
    public int Year { get; set; }
    public string? Period { get; set; }
    public decimal? Value { get; set; }
    public int Version { get; set; }
}
