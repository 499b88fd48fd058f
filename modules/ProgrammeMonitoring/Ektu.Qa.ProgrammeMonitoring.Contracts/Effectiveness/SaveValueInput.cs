namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>A value the Academic Affairs Office records (replaces that year's value of the indicator).</summary>
public sealed class SaveValueInput
{
    public Guid ProgrammeId { get; set; }
    public int Year { get; set; }
    public EffectivenessIndicator Indicator { get; set; }
    public decimal? Value { get; set; }
}
