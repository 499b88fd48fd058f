namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>An action of a run, raised as a CAPA item of the procedure's unit owned by the one raising it.</summary>
public sealed class RaiseRunActionInput
{
    public string Problem { get; set; } = "";
    public string Action { get; set; } = "";
    public DateOnly? Deadline { get; set; }
}
