namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>One of the eleven improvement procedures (000 §Std 9) as a recurring activity of an owner unit and person.</summary>
public sealed class ProcedureDto
{
    public Guid Id { get; init; }
    public int Number { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public string OwnerName { get; init; } = "";
    public ProcedureCycle Cycle { get; init; }
    public DateOnly NextDueOn { get; init; }
    public int Version { get; init; }
}
