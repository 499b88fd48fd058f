using System.Text;
using Dapper;
using Ektu.Qa.Identity.AuditLogs;
using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Input;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Identity.Application;

/// <summary>
/// The audit trail in the caller's organisation scope: entries of units in scope; entries that name no unit (sign-ins,
/// settings, platform changes) only for university-wide scopes. A day in the filter is the university's day
/// (<see cref="IUserClock"/>), as every time the page shows is.
/// </summary>
internal sealed class AuditLogAppService(IDbSession db, ICurrentUser user, IOrganizationScope scopes, IUserClock clock, AuditText text)
    : IAuditLogAppService
{
    private const string Columns = "id, occurred_at AS OccurredAt, user_name AS UserName, module, entity, entity_id AS EntityId, action, changes, correlation_id AS CorrelationId, unit_id AS UnitId";

    public async Task<PagedResult<AuditLogEntryDto>> GetListAsync(AuditLogFilter filter, CancellationToken ct = default)
    {
        await user.EnsureAsync(IdentityPermissions.AuditLog.Default);
        var (page, size, offset) = PagedResult<AuditLogEntryDto>.Normalize(filter.Page, filter.PageSize);
        var (where, args) = Where(filter, await scopes.GetAsync(ct));
        args.Add("size", size);
        args.Add("offset", offset);
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM k_audit_log {where}", args, ct);
        var items = await db.QueryAsync<AuditLogEntryDto>($"SELECT {Columns} FROM k_audit_log {where} ORDER BY occurred_at DESC, id DESC LIMIT @size OFFSET @offset", args, ct);
        return new PagedResult<AuditLogEntryDto>(items.Select(Named).ToList(), (int)total, page, size);
    }

    private AuditLogEntryDto Named(AuditLogEntryDto e) => e with
    {
        ModuleName = text.Module(e.Module), EntityName = text.Entity(e.Entity), ActionName = text.Action(e.Action), ChangeList = text.Changes(e.Changes),
    };

    private (string Where, DynamicParameters Args) Where(AuditLogFilter f, UnitScope scope)
    {
        var clauses = new List<string>();
        var args = new DynamicParameters();
        if (!scope.All) { clauses.Add("unit_id IN @units"); args.Add("units", scope.ForSql()); }
        if (!string.IsNullOrWhiteSpace(f.UserName)) { clauses.Add("user_name = @userName"); args.Add("userName", f.UserName.Trim().ToLowerInvariant()); }
        if (!string.IsNullOrWhiteSpace(f.Entity)) { clauses.Add("entity = @entity"); args.Add("entity", f.Entity.Trim()); }
        if (f.EntityId is { } id) { clauses.Add("entity_id = @entityId"); args.Add("entityId", id); }
        if (!string.IsNullOrWhiteSpace(f.Action)) { clauses.Add("action = @action"); args.Add("action", f.Action.Trim()); }
        if (f.From is { } from) { clauses.Add("occurred_at >= @from"); args.Add("from", clock.StartUtc(from)); }
        if (f.To is { } to) { clauses.Add("occurred_at < @to"); args.Add("to", clock.StartUtc(DateWindow.AddDaysSafe(to, 1))); }
        var sb = new StringBuilder();
        if (clauses.Count > 0) sb.Append("WHERE ").AppendJoin(" AND ", clauses);
        return (sb.ToString(), args);
    }
}
