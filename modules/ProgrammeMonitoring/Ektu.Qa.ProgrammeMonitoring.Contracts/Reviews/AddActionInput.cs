using Ektu.Qa.ProgrammeMonitoring.Effectiveness;

namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>A review's action: what is done, the indicator it should move and by when (raised as a CAPA item too).</summary>
public sealed class AddActionInput
{
    public string Text { get; set; } = "";
    public EffectivenessIndicator Indicator { get; set; }
    public DateOnly? Deadline { get; set; }
}
