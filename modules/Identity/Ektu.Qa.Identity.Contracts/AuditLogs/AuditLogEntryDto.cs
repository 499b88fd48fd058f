namespace Ektu.Qa.Identity.AuditLogs;

/// <summary>One audit entry; <see cref="Changes"/> is the JSON list of field changes.</summary>
public sealed record AuditLogEntryDto
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

    /// <summary>The organisation unit of the audited record, when its writer knew it.</summary>
    public Guid? UnitId { get; init; }
}
