namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

public sealed class SaveThresholdInput
{
    public decimal Target { get; set; }
    public decimal AtRiskFrom { get; set; }
    public int Version { get; set; }
}
