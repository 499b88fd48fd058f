namespace Ektu.Qa.Improvement.Capa;

/// <summary>A corrective / preventive action of a department's (or school's) CAPA plan.</summary>
public sealed class CapaItemDto
{
    public Guid Id { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public string Source { get; init; } = "";
    public Guid? SourceId { get; init; }
    public string Problem { get; init; } = "";
    public string? RootCause { get; init; }
    public string CorrectiveAction { get; init; } = "";
    public string? PreventiveAction { get; init; }
    public Guid OwnerUserId { get; init; }
    public string OwnerName { get; set; } = "";
    public DateOnly Deadline { get; init; }
    public int CheckAfterDays { get; init; }

    /// <summary>As stored; <see cref="State"/> is what the clock makes of it.</summary>
    public CapaState StoredState { get; init; }

    public CapaState State { get; set; }
    public bool IsOverdue { get; set; }
    public DateOnly? ImplementedOn { get; init; }
    public DateOnly? CheckDueOn { get; init; }
    public string? EffectivenessNote { get; init; }
    public DateOnly? ClosedOn { get; init; }
    public int ReopenCount { get; init; }
    public int Version { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
}
