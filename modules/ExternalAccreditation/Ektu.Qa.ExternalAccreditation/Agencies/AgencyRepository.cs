using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ExternalAccreditation.Agencies;

/// <summary>Accreditation agencies (<c>ea_agencies</c>).</summary>
internal sealed class AgencyRepository(IDbSession db)
{
    private const string Columns = """
        id, code, name_kk AS NameKk, name_ru AS NameRu, name_en AS NameEn, country, is_registered AS IsRegistered, is_active AS IsActive, version
        """;

    public Task<AgencyDto?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<AgencyDto>($"SELECT {Columns} FROM ea_agencies WHERE id = @id", new { id }, ct);

    public Task<IReadOnlyList<AgencyDto>> ListAsync(CancellationToken ct) =>
        db.QueryAsync<AgencyDto>($"SELECT {Columns} FROM ea_agencies ORDER BY code", ct: ct);

    public async Task<bool> CodeTakenAsync(string code, Guid exceptId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ea_agencies WHERE code = @code AND id <> @exceptId",
            new { code, exceptId }, ct) > 0;

    public Task InsertAsync(Guid id, SaveAgencyInput a, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_agencies (id, code, name_kk, name_ru, name_en, country, is_registered, is_active, version, created_at, created_by,
          updated_at, updated_by)
        VALUES (@id, @Code, @NameKk, @NameRu, @NameEn, @Country, @IsRegistered, @IsActive, 1, @at, @by, @at, @by)
        """, new { id, a.Code, a.NameKk, a.NameRu, a.NameEn, a.Country, a.IsRegistered, a.IsActive, at, by }, ct);

    public async Task UpdateAsync(Guid id, SaveAgencyInput a, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_agencies SET code = @Code, name_kk = @NameKk, name_ru = @NameRu, name_en = @NameEn, country = @Country,
              is_registered = @IsRegistered, is_active = @IsActive, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new { id, a.Code, a.NameKk, a.NameRu, a.NameEn, a.Country, a.IsRegistered, a.IsActive, a.Version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Agency", id);
    }
}
