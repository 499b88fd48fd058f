namespace Ektu.Qa.Kernel.Auditing;

/// <summary>One stored audit entry as <see cref="IAuditLogReader"/> returns it: codes, not names (<see cref="AuditText"/> names them).</summary>
public sealed record AuditLogRecord
{
    public Guid Id { get; init; }
    public DateTime OccurredAt { get; init; }
    public string UserName { get; init; } = "";
    public string Module { get; init; } = "";
    public string Entity { get; init; } = "";
    public Guid EntityId { get; init; }
    public string Action { get; init; } = "";
    public string? Changes { get; init; }
    public string CorrelationId { get; init; } = "";
    public Guid? UnitId { get; init; }
}
