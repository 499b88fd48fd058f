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
    public string OwnerNameRu { get; init; } = "";
    public string OwnerNameEn { get; init; } = "";
    public DateOnly DueOn { get; init; }
    public RunState State { get; init; }
    public DateOnly? DoneOn { get; init; }
    public string? Findings { get; init; }
    public string? EvidenceName { get; init; }
    public bool IsOverdue { get; set; }
    public int Version { get; init; }

    /// <summary>The owner in the reader's language (a method, so the audit trail and the API keep the three stored names only).</summary>
    public string Owner() => ProcedureOwner.Current(OwnerName, OwnerNameRu, OwnerNameEn);
}
