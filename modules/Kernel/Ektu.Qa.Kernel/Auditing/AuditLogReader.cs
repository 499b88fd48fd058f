using Dapper;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.Kernel.Auditing;

internal sealed class AuditLogReader(IDbSession db) : IAuditLogReader
{
    private const string Columns = "id, occurred_at AS OccurredAt, user_name AS UserName, module, entity, entity_id AS EntityId, "
        + "action, changes, correlation_id AS CorrelationId, unit_id AS UnitId";

    public async Task<PagedResult<AuditLogRecord>> GetPageAsync(AuditLogQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        var (p, size, offset) = PagedResult<AuditLogRecord>.Normalize(page, pageSize);
        var (clauses, args) = Where(query);
        args.Add("size", size);
        args.Add("offset", offset);
        var where = clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
        var total = await db.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM k_audit_log {where}", args, ct);
        var items = await db.QueryAsync<AuditLogRecord>(
            $"SELECT {Columns} FROM k_audit_log {where} ORDER BY occurred_at DESC, id DESC LIMIT @size OFFSET @offset", args, ct);
        return new PagedResult<AuditLogRecord>(items, (int)total, p, size);
    }

    public async Task<IReadOnlyList<AuditLogRecord>> GetOlderAsync(
        AuditLogQuery query, AuditLogRecord? after, int count, CancellationToken ct = default)
    {
        var (clauses, args) = Where(query);
        if (after != null)
        {
            clauses.Add("(occurred_at < @afterAt OR (occurred_at = @afterAt AND id < @afterId))");
            args.Add("afterAt", after.OccurredAt);
            args.Add("afterId", after.Id);
        }
        args.Add("count", Math.Max(count, 0));
        var where = clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
        return await db.QueryAsync<AuditLogRecord>(
            $"SELECT {Columns} FROM k_audit_log {where} ORDER BY occurred_at DESC, id DESC LIMIT @count", args, ct);
    }

    private static (List<string> Clauses, DynamicParameters Args) Where(AuditLogQuery q)
    {
        var clauses = new List<string>();
        var args = new DynamicParameters();
        void Add(string clause, string name, object? value)
        {
            clauses.Add(clause);
            args.Add(name, value);
        }
        if (!q.Scope.All) Add("unit_id IN @units", "units", q.Scope.ForSql());
        if (!string.IsNullOrWhiteSpace(q.UserName)) Add("user_name = @userName", "userName", q.UserName.Trim().ToLowerInvariant());
        if (!string.IsNullOrWhiteSpace(q.Entity)) Add("entity = @entity", "entity", q.Entity.Trim());
        if (q.EntityId is { } id) Add("entity_id = @entityId", "entityId", id);
        if (!string.IsNullOrWhiteSpace(q.Action)) Add("action = @action", "action", q.Action.Trim());
        if (q.FromUtc is { } from) Add("occurred_at >= @from", "from", DateTime.SpecifyKind(from, DateTimeKind.Utc));
        if (q.ToUtc is { } to) Add("occurred_at < @to", "to", DateTime.SpecifyKind(to, DateTimeKind.Utc));
        return (clauses, args);
    }
}
