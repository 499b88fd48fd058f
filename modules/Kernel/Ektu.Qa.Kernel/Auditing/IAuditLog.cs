namespace Ektu.Qa.Kernel.Auditing;

/// <summary>Writes the audit trail inside the caller's unit of work, so a change and its trace commit together.</summary>
public interface IAuditLog
{
    /// <summary>
    /// Writes one entry. <c>unitId</c> is the organisation unit of the audited record when the writer knows it: the
    /// audit log shows the entry to callers whose scope holds that unit; entries without a unit only to university-wide scopes.
    /// </summary>
    Task WriteAsync(string module, string entity, Guid entityId, string action, IReadOnlyList<AuditChange>? changes = null,
        CancellationToken ct = default, Guid? unitId = null);
}
