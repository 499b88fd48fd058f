namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>A due run of a procedure and, once done, its record: findings, evidence and the actions raised from it.</summary>
public sealed class ProcedureRunDto
{
    public Guid Id { get; init; }
    public Guid ProcedureId { get; init; }
    public int Number { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public string OwnerName { get; init; } = "";
    public DateOnly DueOn { get; init; }
    public RunState State { get; init; }
    public DateOnly? DoneOn { get; init; }
    public string? Findings { get; init; }
    public string? EvidenceName { get; init; }
    public bool IsOverdue { get; set; }
    public int Version { get; init; }
}
