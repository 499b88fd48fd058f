namespace Ektu.Qa.QaCommission.Register;

/// <summary>A quarterly status request (004 §7.4) to a decision's executor, answered in the system.</summary>
public sealed class StatusRequestDto
{
    public Guid Id { get; init; }
    public Guid DecisionId { get; init; }
    public Guid CommissionId { get; init; }
    public DateOnly QuarterEnd { get; init; }
    public Guid? ExecutorUserId { get; init; }
    public Guid? ExecutorUnitId { get; init; }
    public string? Response { get; init; }
    public DateTime? RespondedAt { get; init; }
    public string? RespondedBy { get; init; }
    public int Version { get; init; }
    public string DecisionText { get; init; } = "";
}
