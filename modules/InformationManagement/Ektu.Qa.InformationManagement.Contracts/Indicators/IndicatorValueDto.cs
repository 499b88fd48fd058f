namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>One value of an indicator for a unit and a period, with its status against the threshold.</summary>
public sealed class IndicatorValueDto
{
    public Guid Id { get; init; }
    public Guid IndicatorId { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public string Period { get; init; } = "";
    public DateOnly PeriodStart { get; init; }
    public decimal Value { get; init; }
    public ValueSource Source { get; init; }
    public ThresholdStatus Status { get; set; }
    public DateTime UpdatedAt { get; init; }
    public int Version { get; init; }
}
