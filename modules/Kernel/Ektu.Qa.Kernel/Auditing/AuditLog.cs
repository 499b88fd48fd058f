using System.Text.Json;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Kernel.Auditing;

internal sealed class AuditLog(IDbSession session, ICurrentUser user, IClock clock) : IAuditLog
{
    /// <summary>Kazakh and Russian values stay readable in the stored JSON; it is only ever shown HTML-encoded.</summary>
    private static readonly JsonSerializerOptions ChangesJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const string Insert = """
        INSERT INTO k_audit_log (id, occurred_at, user_id, user_name, module, entity, entity_id, action, changes, correlation_id, unit_id)
        VALUES (@Id, @At, @UserId, @UserName, @Module, @Entity, @EntityId, @Action, @Changes, @CorrelationId, @UnitId)
        """;

    public Task WriteAsync(string module, string entity, Guid entityId, string action, IReadOnlyList<AuditChange>? changes = null, CancellationToken ct = default, Guid? unitId = null) =>
        session.ExecuteAsync(Insert, new
        {
            Id = Guid.NewGuid(),
            At = clock.UtcNow,
            UserId = user.Id,
            UserName = user.UserName ?? "system",
            Module = module,
            Entity = entity,
            EntityId = entityId,
            Action = action,
            Changes = changes == null || changes.Count == 0 ? null : JsonSerializer.Serialize(changes, ChangesJson),
            session.CorrelationId,
            UnitId = unitId,
        }, ct);
}
