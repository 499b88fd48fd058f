namespace Ektu.Qa.Kernel.Auditing;

/// <summary>Writes the audit trail inside the caller's unit of work, so a change and its trace commit together.</summary>
public interface IAuditLog
{
    Task WriteAsync(string module, string entity, Guid entityId, string action, IReadOnlyList<AuditChange>? changes = null, CancellationToken ct = default);
}
