namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>A procedure of the list (1–11), who owns it, its cycle and its first due day.</summary>
public sealed class SaveProcedureInput
{
    public int Number { get; set; }
    public Guid UnitId { get; set; }
    public string OwnerName { get; set; } = "";
    public ProcedureCycle Cycle { get; set; }
    public DateOnly? FirstDueOn { get; set; }
}
