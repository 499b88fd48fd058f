using System.Text;
using System.Text.Json;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Kernel.Auditing;

internal sealed class AuditLog(IDbSession session, ICurrentUser user, IClock clock) : IAuditLog
{
    /// <summary>Kazakh and Russian values stay readable in the stored JSON; it is only ever shown HTML-encoded.</summary>
    private static readonly JsonSerializerOptions ChangesJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string Insert =
        "INSERT INTO k_audit_log (id, occurred_at, user_id, user_name, module, entity, entity_id, action, changes, correlation_id, unit_id) VALUES ";

    /// <summary>Rows per INSERT: 11 parameters each stays far below SQLite's and MySQL's parameter limits.</summary>
    private const int RowsPerStatement = 200;

    private readonly List<Entry> _pending = [];

    /// <summary>
    /// Kept until the unit of work commits and then written in one multi-row INSERT with its other deferred writes, inside
    /// its transaction: a request or workflow step that writes several entries pays no round trip of its own. A rolled-back
    /// unit of work drops them with its data.
    /// </summary>
    public async Task WriteAsync(string module, string entity, Guid entityId, string action, IReadOnlyList<AuditChange>? changes = null,
        CancellationToken ct = default, Guid? unitId = null)
    {
        await session.GetConnectionAsync(ct);
        if (session.Transaction == null) throw new InvalidOperationException("Audit entries need an active unit of work (IDbSession.BeginAsync).");
        if (_pending.Count == 0) session.OnCommitting(FlushAsync);
        _pending.Add(new Entry(Guid.NewGuid(), clock.UtcNow, user.Id, user.UserName ?? "system", module, entity, entityId, action,
            changes == null || changes.Count == 0 ? null : JsonSerializer.Serialize(changes, ChangesJson), session.CorrelationId, unitId));
    }

    private Task FlushAsync()
    {
        var entries = _pending.ToList();
        _pending.Clear();
        foreach (var chunk in entries.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder(Insert);
            var args = new Dictionary<string, object?>(chunk.Length * 11);
            for (var i = 0; i < chunk.Length; i++)
            {
                var e = chunk[i];
                sql.Append(i == 0 ? "" : ", ").Append($"(@i{i}, @a{i}, @u{i}, @n{i}, @m{i}, @e{i}, @x{i}, @c{i}, @h{i}, @r{i}, @o{i})");
                args[$"i{i}"] = e.Id;
                args[$"a{i}"] = e.At;
                args[$"u{i}"] = e.UserId;
                args[$"n{i}"] = e.UserName;
                args[$"m{i}"] = e.Module;
                args[$"e{i}"] = e.Entity;
                args[$"x{i}"] = e.EntityId;
                args[$"c{i}"] = e.Action;
                args[$"h{i}"] = e.Changes;
                args[$"r{i}"] = e.CorrelationId;
                args[$"o{i}"] = e.UnitId;
            }
            session.Defer(sql.ToString(), args);
        }
        return Task.CompletedTask;
    }

    private sealed record Entry(
        Guid Id, DateTime At, Guid? UserId, string UserName, string Module, string Entity, Guid EntityId, string Action, string? Changes,
            string CorrelationId, Guid? UnitId);
}
