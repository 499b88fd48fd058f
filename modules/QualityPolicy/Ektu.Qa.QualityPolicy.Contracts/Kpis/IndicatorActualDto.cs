namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>A measured value for a year and an optional period ("Q1", "Semester 1").</summary>
public sealed record IndicatorActualDto(int Year, string Period, decimal Value, DateTime RecordedAt);
