using System.Text;
using Dapper;
using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Identity.Application;

internal sealed class AuditLogAppService(IDbSession db, ICurrentUser user, IStringLocalizer l) : IAuditLogAppService
{
    private const string Columns = "id, occurred_at AS OccurredAt, user_name AS UserName, module, entity, entity_id AS EntityId, action, changes, correlation_id AS CorrelationId";

    public async Task<PagedResult<AuditLogEntryDto>> GetListAsync(AuditLogFilter filter, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.AuditLog.Default);
        var (page, size, offset) = PagedResult<AuditLogEntryDto>.Normalize(filter.Page, filter.PageSize);
        var (where, args) = Where(filter);
        args.Add("size", size);
        args.Add("offset", offset);
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM k_audit_log {where}", args, ct);
        var items = await db.QueryAsync<AuditLogEntryDto>($"SELECT {Columns} FROM k_audit_log {where} ORDER BY occurred_at DESC, id DESC LIMIT @size OFFSET @offset", args, ct);
        return new PagedResult<AuditLogEntryDto>(items, (int)total, page, size);
    }

    public async Task ExportAsync(AuditLogFilter filter, Stream output, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.AuditLog.Default);
        var (where, args) = Where(filter);
        var cn = await db.GetConnectionAsync(ct);
        // Unbuffered: rows stream from the reader into the sheet, so a large export keeps constant memory.
        var rows = cn.Query<AuditLogEntryDto>($"SELECT {Columns} FROM k_audit_log {where} ORDER BY occurred_at DESC, id DESC", args, db.Transaction, buffered: false);
        ExcelWriter.Write(output, l["Identity:AuditLog"], [
            new ExcelColumn<AuditLogEntryDto>(l["Identity:AuditLog.OccurredAt"], e => e.OccurredAt),
            new(l["Identity:AuditLog.User"], e => e.UserName),
            new(l["Identity:AuditLog.Module"], e => e.Module),
            new(l["Identity:AuditLog.Entity"], e => e.Entity),
            new(l["Identity:AuditLog.EntityId"], e => e.EntityId.ToString()),
            new(l["Identity:AuditLog.Action"], e => e.Action),
            new(l["Identity:AuditLog.Changes"], e => e.Changes),
        ], rows);
    }

    private (string Where, DynamicParameters Args) Where(AuditLogFilter f)
    {
        var clauses = new List<string>();
        var args = new DynamicParameters();
        if (!string.IsNullOrWhiteSpace(f.UserName)) { clauses.Add("user_name = @userName"); args.Add("userName", f.UserName.Trim().ToLowerInvariant()); }
        if (!string.IsNullOrWhiteSpace(f.Entity)) { clauses.Add("entity = @entity"); args.Add("entity", f.Entity.Trim()); }
        if (f.EntityId is { } id) { clauses.Add("entity_id = @entityId"); args.Add("entityId", id); }
        if (!string.IsNullOrWhiteSpace(f.Action)) { clauses.Add("action = @action"); args.Add("action", f.Action.Trim()); }
        if (f.From is { } from) { clauses.Add("occurred_at >= @from"); args.Add("from", from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)); }
        if (f.To is { } to) { clauses.Add("occurred_at < @to"); args.Add("to", to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)); }
        var sb = new StringBuilder();
        if (clauses.Count > 0) sb.Append("WHERE ").AppendJoin(" AND ", clauses);
        return (sb.ToString(), args);
    }
}
