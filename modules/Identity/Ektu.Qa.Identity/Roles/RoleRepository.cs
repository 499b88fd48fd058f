using System.Text;
using Dapper;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Roles;

internal sealed class RoleRepository(IDbSession db)
{
    private const string Columns =
        "id, name, description, is_static AS IsStatic, version, created_at AS CreatedAt, created_by AS CreatedBy, updated_at AS UpdatedAt, " +
        "updated_by AS UpdatedBy";

    public Task<IReadOnlyList<Role>> GetAllAsync(CancellationToken ct) =>
        db.QueryAsync<Role>($"SELECT {Columns} FROM id_roles ORDER BY name", ct: ct);

    public Task<Role?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<Role>($"SELECT {Columns} FROM id_roles WHERE id = @id", new { id }, ct);

    public Task<Role?> FindByNameAsync(string name, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<Role>($"SELECT {Columns} FROM id_roles WHERE name = @name", new { name }, ct);

    public async Task<Dictionary<Guid, int>> CountPermissionsAsync(CancellationToken ct) =>
        (await db.QueryAsync<(Guid RoleId, long Count)>("SELECT role_id, COUNT(*) FROM id_role_permissions GROUP BY role_id", ct: ct))
        .ToDictionary(x => x.RoleId, x => (int)x.Count);

    public Task<IReadOnlyList<string>> GetPermissionsAsync(Guid roleId, CancellationToken ct) =>
        db.QueryAsync<string>("SELECT permission FROM id_role_permissions WHERE role_id = @roleId ORDER BY permission", new { roleId }, ct);

    public Task InsertAsync(Role r, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO id_roles (id, name, description, is_static, version, created_at, created_by, updated_at, updated_by)
        VALUES (@Id, @Name, @Description, @IsStatic, @Version, @CreatedAt, @CreatedBy, @UpdatedAt, @UpdatedBy)
        """, r, ct);

    public async Task UpdateAsync(Role r, int expectedVersion, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE id_roles SET name = @Name, description = @Description, version = version + 1, updated_at = @UpdatedAt, updated_by = @UpdatedBy
            WHERE id = @Id AND version = @expectedVersion
            """, new { r.Id, r.Name, r.Description, r.UpdatedAt, r.UpdatedBy, expectedVersion }, ct);
        Concurrency.EnsureUpdated(rows, "Role", r.Id);
        r.Version = expectedVersion + 1;
    }

    public async Task DeleteAsync(Guid id, int version, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("DELETE FROM id_roles WHERE id = @id AND version = @version", new { id, version }, ct);
        Concurrency.EnsureUpdated(rows, "Role", id);
        await db.ExecuteAsync("DELETE FROM id_role_permissions WHERE role_id = @id; DELETE FROM id_user_roles WHERE role_id = @id", new { id }, ct);
    }

    /// <summary>
    /// Replaces the grants in one command (one database round trip): bump the role's version against the one the editor
    /// read, stamping the row with a fresh save stamp; delete the old grants and insert the new ones only where the row
    /// carries this save's stamp. A stale version makes the first statement touch no row, so nothing else applies and the
    /// caller sees the conflict.
    /// </summary>
    public async Task ReplacePermissionsAsync(Guid roleId, int expectedVersion, IReadOnlyCollection<string> permissions, DateTime now, string by,
        CancellationToken ct)
    {
        var sql = new StringBuilder();
        var args = new DynamicParameters(new { roleId, expectedVersion, now, by, stamp = Guid.NewGuid() });
        sql.Append("UPDATE id_roles SET version = version + 1, save_stamp = @stamp, updated_at = @now, updated_by = @by WHERE id = @roleId AND " +
            "version = @expectedVersion;\n");
        sql.Append("DELETE FROM id_role_permissions WHERE role_id = @roleId AND EXISTS (SELECT 1 FROM id_roles WHERE id = @roleId AND save_stamp = " +
            "@stamp);\n");
        var i = 0;
        foreach (var chunk in permissions.Chunk(500))
        {
            sql.Append("INSERT INTO id_role_permissions (role_id, permission) SELECT @roleId, p FROM (");
            sql.Append(string.Join(" UNION ALL ", chunk.Select(_ => $"SELECT @p{i++} AS p")));
            sql.Append(") x WHERE EXISTS (SELECT 1 FROM id_roles WHERE id = @roleId AND save_stamp = @stamp);\n");
        }
        // The only result set: whether this command's version bump applied (affected-row counts differ between databases).
        sql.Append("SELECT COUNT(*) FROM id_roles WHERE id = @roleId AND save_stamp = @stamp;");
        i = 0;
        foreach (var p in permissions) args.Add("p" + i++, p);
        var applied = await db.MeasuredAsync(cn =>
        {
            if (db.Transaction == null) throw new InvalidOperationException("Writes need an active unit of work.");
            return cn.ExecuteScalarAsync<long>(db.Command(sql.ToString(), args, ct));
        }, ct);
        Concurrency.EnsureUpdated((int)applied, "Role", roleId);
    }
}
