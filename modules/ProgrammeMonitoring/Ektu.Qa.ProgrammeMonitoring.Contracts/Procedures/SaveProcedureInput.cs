namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>A procedure of the list (1–11), who owns it, its cycle and its first due day.</summary>
public sealed class SaveProcedureInput
{
    public int Number { get; set; }
    public Guid UnitId { get; set; }
    /// <summary>The owner's name in Kazakh (required); <see cref="OwnerNameRu"/> and <see cref="OwnerNameEn"/> may stay empty.</summary>
    public string OwnerName { get; set; } = "";
    public string OwnerNameRu { get; set; } = "";
    public string OwnerNameEn { get; set; } = "";
    public ProcedureCycle Cycle { get; set; }
    public DateOnly? FirstDueOn { get; set; }
}
