namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>One of the eleven improvement procedures (000 §Std 9) as a recurring activity of an owner unit and person.</summary>
public sealed class ProcedureDto
{
    public Guid Id { get; init; }
    public int Number { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public string OwnerName { get; init; } = "";
    public string OwnerNameRu { get; init; } = "";
    public string OwnerNameEn { get; init; } = "";
    public ProcedureCycle Cycle { get; init; }
    public DateOnly NextDueOn { get; init; }
    public int Version { get; init; }

    /// <summary>The owner in the reader's language (a method, so the audit trail and the API keep the three stored names only).</summary>
    public string Owner() => ProcedureOwner.Current(OwnerName, OwnerNameRu, OwnerNameEn);
}
