namespace Ektu.Qa.Identity.AuditLogs;

/// <summary>One audit entry; <see cref="Changes"/> is the JSON list of field changes.</summary>
public sealed record AuditLogEntryDto(Guid Id, DateTime OccurredAt, string UserName, string Module, string Entity, Guid EntityId, string Action, string? Changes, string CorrelationId);
