using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>Ranking systems (<c>ea_ranking_systems</c>) and the university's entries (<c>ea_ranking_entries</c>).</summary>
internal sealed class RankingRepository(IDbSession db)
{
    private const string SystemColumns = "id, code, name, ranks_programmes AS RanksProgrammes, is_active AS IsActive, version";

    private const string EntryColumns = """
        id, system_id AS SystemId, edition_year AS Year, programme_id AS ProgrammeId, position, band, indicators, evidence_id AS EvidenceId,
          is_published AS IsPublished, version
        """;

    public Task<IReadOnlyList<RankingSystemDto>> SystemsAsync(CancellationToken ct) =>
        db.QueryAsync<RankingSystemDto>($"SELECT {SystemColumns} FROM ea_ranking_systems ORDER BY code", ct: ct);

    public Task<RankingSystemDto?> FindSystemAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<RankingSystemDto>($"SELECT {SystemColumns} FROM ea_ranking_systems WHERE id = @id", new { id }, ct);

    public async Task<bool> CodeTakenAsync(string code, Guid exceptId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM ea_ranking_systems WHERE code = @code AND id <> @exceptId",
            new { code, exceptId }, ct) > 0;

    public Task InsertSystemAsync(Guid id, SaveRankingSystemInput s, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_ranking_systems (id, code, name, ranks_programmes, is_active, version, created_at, created_by, updated_at, updated_by)
        VALUES (@id, @Code, @Name, @RanksProgrammes, @IsActive, 1, @at, @by, @at, @by)
        """, new { id, s.Code, s.Name, s.RanksProgrammes, s.IsActive, at, by }, ct);

    public async Task UpdateSystemAsync(Guid id, SaveRankingSystemInput s, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_ranking_systems SET code = @Code, name = @Name, ranks_programmes = @RanksProgrammes, is_active = @IsActive,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new { id, s.Code, s.Name, s.RanksProgrammes, s.IsActive, s.Version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "RankingSystem", id);
    }

    public Task<IReadOnlyList<RankingEntryDto>> EntriesAsync(Guid? systemId, bool publishedOnly, CancellationToken ct) =>
        db.QueryAsync<RankingEntryDto>($"""
            SELECT {EntryColumns} FROM ea_ranking_entries
            WHERE (@systemId IS NULL OR system_id = @systemId) {(publishedOnly ? "AND is_published = @published" : "")}
            ORDER BY edition_year DESC, system_id, position, id
            """, new { systemId, published = true }, ct);

    public Task<RankingEntryDto?> FindEntryAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<RankingEntryDto>($"SELECT {EntryColumns} FROM ea_ranking_entries WHERE id = @id", new { id }, ct);

    /// <summary>Another entry of the same edition for the same subject (the university, or the programme).</summary>
    public async Task<bool> DuplicateAsync(Guid systemId, int year, Guid? programmeId, Guid exceptId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM ea_ranking_entries WHERE system_id = @systemId AND edition_year = @year AND id <> @exceptId
              AND ((@programmeId IS NULL AND programme_id IS NULL) OR programme_id = @programmeId)
            """, new { systemId, year, programmeId, exceptId }, ct) > 0;

    public Task InsertEntryAsync(Guid id, SaveRankingEntryInput e, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO ea_ranking_entries (id, system_id, edition_year, programme_id, position, band, indicators, evidence_id, is_published, version,
          created_at, created_by, updated_at, updated_by)
        VALUES (@id, @SystemId, @Year, @ProgrammeId, @Position, @Band, @Indicators, @EvidenceId, @IsPublished, 1, @at, @by, @at, @by)
        """, new { id, e.SystemId, e.Year, e.ProgrammeId, e.Position, e.Band, e.Indicators, e.EvidenceId, e.IsPublished, at, by }, ct);

    public async Task UpdateEntryAsync(Guid id, SaveRankingEntryInput e, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE ea_ranking_entries SET edition_year = @Year, programme_id = @ProgrammeId, position = @Position, band = @Band,
              indicators = @Indicators, evidence_id = @EvidenceId, is_published = @IsPublished, version = version + 1, updated_at = @at,
              updated_by = @by
            WHERE id = @id AND version = @Version
            """, new { id, e.Year, e.ProgrammeId, e.Position, e.Band, e.Indicators, e.EvidenceId, e.IsPublished, e.Version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "RankingEntry", id);
    }
}
