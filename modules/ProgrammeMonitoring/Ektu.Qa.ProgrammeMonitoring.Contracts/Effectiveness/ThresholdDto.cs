namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>
/// An indicator's threshold: <see cref="Target"/> is met, <see cref="AtRiskFrom"/> still at risk. For a ranking position a
/// lower value is better (<see cref="LowerIsBetter"/>), so the lines compare the other way round.
/// </summary>
public sealed class ThresholdDto
{
    public EffectivenessIndicator Indicator { get; init; }
    public decimal Target { get; init; }
    public decimal AtRiskFrom { get; init; }
    public bool LowerIsBetter { get; init; }
    public int Version { get; init; }
}
