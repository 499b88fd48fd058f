using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Sync;

internal sealed class SyncRuleRepository(IDbSession db)
{
    public Task<IReadOnlyList<SyncRule>> GetAllAsync(CancellationToken ct) => db.QueryAsync<SyncRule>("""
        SELECT s.id, s.attribute, s.match_value AS Value, s.role_id AS RoleId, r.name AS RoleName, s.scope
        FROM id_sync_rules s JOIN id_roles r ON r.id = s.role_id ORDER BY s.attribute, s.match_value, r.name
        """, ct: ct);

    public Task InsertAsync(SyncRule rule, DateTime now, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO id_sync_rules (id, attribute, match_value, role_id, scope, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @attribute, @Value, @RoleId, @scope, 1, @now, @by, @now, @by)
        """, new { rule.Id, attribute = rule.Attribute.ToString(), rule.Value, rule.RoleId, scope = rule.Scope.ToString(), now, by }, ct);

    public Task DeleteAsync(Guid id, CancellationToken ct) => db.ExecuteAsync("DELETE FROM id_sync_rules WHERE id = @id", new { id }, ct);
}
