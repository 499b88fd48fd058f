using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.Identity.AuditLogs;

/// <summary>Reads the audit trail.</summary>
public interface IAuditLogAppService
{
    Task<PagedResult<AuditLogEntryDto>> GetListAsync(AuditLogFilter filter, CancellationToken ct = default);

    /// <summary>Streams every entry matching the filter (no paging) as an Excel sheet.</summary>
    Task ExportAsync(AuditLogFilter filter, Stream output, CancellationToken ct = default);
}
