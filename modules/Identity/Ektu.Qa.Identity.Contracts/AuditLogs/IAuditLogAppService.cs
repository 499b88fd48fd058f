using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.Identity.AuditLogs;

/// <summary>Reads the audit trail of the caller's organisation scope (see the implementation for entries without a unit).</summary>
public interface IAuditLogAppService
{
    Task<PagedResult<AuditLogEntryDto>> GetListAsync(AuditLogFilter filter, CancellationToken ct = default);
}
