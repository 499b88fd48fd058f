using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>SWOT analyses (<c>im_swot_analyses</c>); the four lists are stored one item per line.</summary>
internal sealed class SwotRepository(IDbSession db)
{
    private const string Columns = """
        id, unit_id AS UnitId, year, strengths, weaknesses, opportunities, threats, state, approved_at AS ApprovedAt,
        approved_by AS ApprovedBy, version
        """;

    public async Task<SwotDto?> FindAsync(Guid id, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM im_swot_analyses WHERE id = @id", new { id }, ct))?.ToDto();

    public Task<long> CountAsync(Guid unitId, int year, CancellationToken ct) =>
        db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_swot_analyses WHERE unit_id = @unitId AND year = @year", new { unitId, year }, ct);

    public async Task<IReadOnlyList<SwotDto>> ListAsync(bool all, IEnumerable<Guid> units, int? year, CancellationToken ct) =>
        (await db.QueryAsync<Row>($"""
            SELECT {Columns} FROM im_swot_analyses
            WHERE {(all ? "1 = 1" : "unit_id IN @units")} AND (@year IS NULL OR year = @year)
            ORDER BY year DESC, unit_id
            """, new { units = SqlIds.Text(units), year }, ct)).Select(r => r.ToDto()).ToList();

    public Task InsertAsync(Guid id, SaveSwotInput s, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO im_swot_analyses (id, unit_id, year, strengths, weaknesses, opportunities, threats, state, approved_at, approved_by,
          version, created_at, created_by, updated_at, updated_by)
        VALUES (@id, @UnitId, @Year, @strengths, @weaknesses, @opportunities, @threats, 'Draft', NULL, NULL, 1, @at, @by, @at, @by)
        """, new
    {
        id, s.UnitId, s.Year, strengths = Join(s.Strengths), weaknesses = Join(s.Weaknesses), opportunities = Join(s.Opportunities),
        threats = Join(s.Threats), at, by,
    }, ct);

    public async Task UpdateAsync(Guid id, SaveSwotInput s, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_swot_analyses SET strengths = @strengths, weaknesses = @weaknesses, opportunities = @opportunities, threats = @threats,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version AND state = 'Draft'
            """, new
        {
            id, s.Version, strengths = Join(s.Strengths), weaknesses = Join(s.Weaknesses), opportunities = Join(s.Opportunities),
            threats = Join(s.Threats), at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "SwotAnalysis", id);
    }

    public async Task ApproveAsync(Guid id, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_swot_analyses SET state = 'Approved', approved_at = @at, approved_by = @by, version = version + 1, updated_at = @at,
              updated_by = @by
            WHERE id = @id AND version = @version AND state = 'Draft'
            """, new { id, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "SwotAnalysis", id);
    }

    private static string Join(IEnumerable<string> items) => string.Join('\n', items);

    private static IReadOnlyList<string> Split(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid UnitId { get; init; }
        public int Year { get; init; }
        public string Strengths { get; init; } = "";
        public string Weaknesses { get; init; } = "";
        public string Opportunities { get; init; } = "";
        public string Threats { get; init; } = "";
        public string State { get; init; } = "";
        public DateTime? ApprovedAt { get; init; }
        public string? ApprovedBy { get; init; }
        public int Version { get; init; }

        public SwotDto ToDto() => new()
        {
            Id = Id, UnitId = UnitId, Year = Year, Strengths = Split(Strengths), Weaknesses = Split(Weaknesses),
            Opportunities = Split(Opportunities), Threats = Split(Threats), State = Enum.Parse<SwotState>(State), ApprovedAt = ApprovedAt,
            ApprovedBy = ApprovedBy, Version = Version,
        };
    }
}
