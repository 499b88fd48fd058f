using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.Kernel.Auditing;

/// <summary>
/// The one read API over the Kernel's audit table: the audit-log page and API (Identity) and the audit-log report
/// (Reporting) read through it instead of naming <c>k_audit_log</c> in their own SQL. Permission checks stay the caller's.
/// </summary>
public interface IAuditLogReader
{
    /// <summary>One page of the matching entries, newest first, with the count of all of them.</summary>
    Task<PagedResult<AuditLogRecord>> GetPageAsync(AuditLogQuery query, int page, int pageSize, CancellationToken ct = default);

    /// <summary>
    /// Up to <paramref name="count"/> matching entries older than <paramref name="after"/> (keyset on time and id; the newest
    /// when null), newest first: an export streams the whole trail this way without OFFSET.
    /// </summary>
    Task<IReadOnlyList<AuditLogRecord>> GetOlderAsync(AuditLogQuery query, AuditLogRecord? after, int count, CancellationToken ct = default);
}
