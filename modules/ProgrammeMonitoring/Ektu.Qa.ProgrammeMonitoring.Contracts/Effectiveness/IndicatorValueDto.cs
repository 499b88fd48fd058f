namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>One indicator of one programme in one year, with its status against the threshold.</summary>
public sealed class IndicatorValueDto
{
    public Guid ProgrammeId { get; init; }
    public int Year { get; init; }
    public EffectivenessIndicator Indicator { get; init; }
    public decimal Value { get; init; }
    public IndicatorStatus Status { get; set; }
}
