using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.OrganizationUnits;

/// <summary><c>id_organization_units</c>; every write drops the units other modules read from <see cref="UnitListCache"/>.</summary>
internal sealed class OrganizationUnitRepository(IDbSession db, UnitListCache cache)
{
    private const string Columns =
        "id, code, kind, parent_id AS ParentId, path, depth, name_kk AS NameKk, name_ru AS NameRu, name_en AS NameEn, version, created_at AS " +
        "CreatedAt, created_by AS CreatedBy, updated_at AS UpdatedAt, updated_by AS UpdatedBy";

    public Task<IReadOnlyList<OrganizationUnit>> GetAllAsync(CancellationToken ct) =>
        db.QueryAsync<OrganizationUnit>($"SELECT {Columns} FROM id_organization_units ORDER BY path", ct: ct);

    public Task<OrganizationUnit?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<OrganizationUnit>($"SELECT {Columns} FROM id_organization_units WHERE id = @id", new { id }, ct);

    public Task<OrganizationUnit?> FindByCodeAsync(string code, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<OrganizationUnit>($"SELECT {Columns} FROM id_organization_units WHERE code = @code", new { code }, ct);

    public async Task InsertAsync(OrganizationUnit u, CancellationToken ct)
    {
        cache.Invalidate(db);
        await db.ExecuteAsync("""
        INSERT INTO id_organization_units (id, code, kind, parent_id, path, depth, name_kk, name_ru, name_en, version, created_at, created_by,
        updated_at, updated_by)
        VALUES (@Id, @Code, @KindText, @ParentId, @Path, @Depth, @NameKk, @NameRu, @NameEn, @Version, @CreatedAt, @CreatedBy, @UpdatedAt, @UpdatedBy)
        """, Args(u), ct);
    }

    public async Task UpdateAsync(OrganizationUnit u, int expectedVersion, CancellationToken ct)
    {
        cache.Invalidate(db);
        var rows = await db.ExecuteAsync("""
            UPDATE id_organization_units SET code = @Code, kind = @KindText, parent_id = @ParentId, path = @Path, depth = @Depth,
              name_kk = @NameKk, name_ru = @NameRu, name_en = @NameEn, version = version + 1, updated_at = @UpdatedAt, updated_by = @UpdatedBy
            WHERE id = @Id AND version = @expectedVersion
            """, new { u.Id, u.Code, KindText = u.Kind.ToString(), u.ParentId, u.Path, u.Depth, u.NameKk, u.NameRu, u.NameEn, u.UpdatedAt,
                u.UpdatedBy, expectedVersion }, ct);
        Concurrency.EnsureUpdated(rows, "OrganizationUnit", u.Id);
        u.Version = expectedVersion + 1;
    }

    /// <summary>Moves the descendants' paths after the unit's own path changed.</summary>
    public async Task RebaseDescendantsAsync(string oldPath, string newPath, int depthDelta, CancellationToken ct)
    {
        cache.Invalidate(db);
        await db.ExecuteAsync($"""
        UPDATE id_organization_units SET path = {db.Dialect.Concat("@newPath", "SUBSTR(path, @cut)")}, depth = depth + @depthDelta
        WHERE path LIKE {db.Dialect.Concat("@oldPath", "'%'")} AND path <> @oldPath
        """, new { oldPath, newPath, cut = oldPath.Length + 1, depthDelta }, ct);
    }

    public async Task DeleteAsync(Guid id, int version, CancellationToken ct)
    {
        cache.Invalidate(db);
        var rows = await db.ExecuteAsync("DELETE FROM id_organization_units WHERE id = @id AND version = @version", new { id, version }, ct);
        Concurrency.EnsureUpdated(rows, "OrganizationUnit", id);
    }

    public async Task<bool> HasChildrenOrMembersAsync(Guid id, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_organization_units WHERE parent_id = @id", new { id }, ct) > 0
        || await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM id_user_roles WHERE unit_id = @id", new { id }, ct) > 0;

    private static object Args(OrganizationUnit u) => new
    {
        u.Id, u.Code, KindText = u.Kind.ToString(), u.ParentId, u.Path, u.Depth, u.NameKk, u.NameRu, u.NameEn,
        u.Version, u.CreatedAt, u.CreatedBy, u.UpdatedAt, u.UpdatedBy,
    };
}
