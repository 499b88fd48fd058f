using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>Goals, indicators and their values (×100 integers); aggregation happens in C#.</summary>
internal sealed class KpiRepository(IDbSession db)
{
    public const string Target = "Target";
    public const string Actual = "Actual";

    private const string GoalColumns =
        "id, code, title_kk AS TitleKk, title_ru AS TitleRu, title_en AS TitleEn, owner_unit_id AS OwnerUnitId, version";

    private const string IndicatorColumns = """
        id, goal_id AS GoalId, name_kk AS NameKk, name_ru AS NameRu, name_en AS NameEn, unit_of_measure AS UnitOfMeasure,
        baseline_x100 AS BaselineX100, higher_is_better AS HigherIsBetter, version
        """;

    public Task<IReadOnlyList<StrategicGoalDto>> GetGoalsAsync(CancellationToken ct) =>
        db.QueryAsync<StrategicGoalDto>($"SELECT {GoalColumns} FROM qp_strategic_goals ORDER BY code", ct: ct);

    public Task<StrategicGoalDto?> FindGoalAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<StrategicGoalDto>($"SELECT {GoalColumns} FROM qp_strategic_goals WHERE id = @id", new { id }, ct);

    public async Task<bool> GoalCodeTakenAsync(string code, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_strategic_goals WHERE code = @code", new { code }, ct) > 0;

    public Task InsertGoalAsync(StrategicGoalDto g, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qp_strategic_goals (id, code, title_kk, title_ru, title_en, owner_unit_id, version, created_at, created_by, updated_at,
        updated_by)
        VALUES (@Id, @Code, @TitleKk, @TitleRu, @TitleEn, @OwnerUnitId, 1, @at, @by, @at, @by)
        """, new { g.Id, g.Code, g.TitleKk, g.TitleRu, g.TitleEn, g.OwnerUnitId, at, by }, ct);

    public Task<IReadOnlyList<IndicatorRow>> GetIndicatorsAsync(IReadOnlyCollection<Guid> goalIds, CancellationToken ct) =>
        goalIds.Count == 0 ? Task.FromResult<IReadOnlyList<IndicatorRow>>([]) :
        db.QueryAsync<IndicatorRow>($"SELECT {IndicatorColumns} FROM qp_indicators WHERE goal_id IN @goalIds ORDER BY name_en",
            new { goalIds = SqlIds.Text(goalIds) }, ct);

    public Task<IndicatorRow?> FindIndicatorAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<IndicatorRow>($"SELECT {IndicatorColumns} FROM qp_indicators WHERE id = @id", new { id }, ct);

    public Task InsertIndicatorAsync(IndicatorRow i, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO qp_indicators (id, goal_id, name_kk, name_ru, name_en, unit_of_measure, baseline_x100, higher_is_better, version, created_at,
        created_by, updated_at, updated_by)
        VALUES (@Id, @GoalId, @NameKk, @NameRu, @NameEn, @UnitOfMeasure, @BaselineX100, @HigherIsBetter, 1, @at, @by, @at, @by)
        """, new { i.Id, i.GoalId, i.NameKk, i.NameRu, i.NameEn, i.UnitOfMeasure, i.BaselineX100, i.HigherIsBetter, at, by }, ct);

    /// <summary>Values belong to the indicator aggregate: the indicator's version guards them.</summary>
    public async Task TouchIndicatorAsync(Guid id, int expectedVersion, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync(
            "UPDATE qp_indicators SET version = version + 1, updated_at = @at, updated_by = @by WHERE id = @id AND version = @expectedVersion",
            new { id, expectedVersion, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "Indicator", id);
    }

    public Task<IReadOnlyList<ValueRow>> GetValuesAsync(IReadOnlyCollection<Guid> indicatorIds, CancellationToken ct) =>
        indicatorIds.Count == 0 ? Task.FromResult<IReadOnlyList<ValueRow>>([]) :
        db.QueryAsync<ValueRow>("""
            SELECT indicator_id AS IndicatorId, kind, year, period, value_x100 AS ValueX100, recorded_at AS RecordedAt
            FROM qp_indicator_values WHERE indicator_id IN @ids ORDER BY year, recorded_at
            """, new { ids = SqlIds.Text(indicatorIds) }, ct);

    public Task UpsertValueAsync(Guid indicatorId, string kind, int year, string period, long valueX100, DateTime at, string by,
        CancellationToken ct) =>
        db.ExecuteAsync(
            db.Dialect.Upsert("qp_indicator_values", "indicator_id, kind, year, period, value_x100, recorded_at, recorded_by",
                "@indicatorId, @kind, @year, @period, @valueX100, @at, @by", "indicator_id, kind, year, period",
                    ["value_x100", "recorded_at", "recorded_by"]),
            new { indicatorId, kind, year, period, valueX100, at, by }, ct);

    /// <summary>An indicator row as stored (numbers ×100).</summary>
    internal sealed class IndicatorRow
    {
        public Guid Id { get; set; }
        public Guid GoalId { get; set; }
        public string NameKk { get; set; } = "";
        public string NameRu { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string UnitOfMeasure { get; set; } = "";
        public long BaselineX100 { get; set; }
        public bool HigherIsBetter { get; set; }
        public int Version { get; set; }
    }

    /// <summary>A target or actual value as stored (×100).</summary>
    internal sealed class ValueRow
    {
        public Guid IndicatorId { get; set; }
        public string Kind { get; set; } = "";
        public int Year { get; set; }
        public string Period { get; set; } = "";
        public long ValueX100 { get; set; }
        public DateTime RecordedAt { get; set; }
    }

    /// <summary>Builds the read model: per year the target, the latest actual and the status.</summary>
    public static IndicatorDto ToDto(IndicatorRow i, IEnumerable<ValueRow> values)
    {
        var mine = values.Where(v => v.IndicatorId == i.Id).ToList();
        var targets = mine.Where(v => v.Kind == Target).ToDictionary(v => v.Year, v => v.ValueX100);
        var actuals = mine.Where(v => v.Kind == Actual).OrderBy(v => v.RecordedAt).ThenBy(v => v.Period, StringComparer.Ordinal).ToList();
        var years = targets.Keys.Union(actuals.Select(a => a.Year)).Order().Select(y =>
        {
            long? target = targets.TryGetValue(y, out var t) ? t : null;
            long? actual = actuals.LastOrDefault(a => a.Year == y)?.ValueX100;
            return new IndicatorYearDto(y, target is { } tv ? Scaled.FromX100(tv) : null, actual is { } av ? Scaled.FromX100(av) : null,
                KpiStatusRule.Evaluate(target, actual, i.HigherIsBetter));
        }).ToList();
        return new IndicatorDto
        {
            Id = i.Id, GoalId = i.GoalId, NameKk = i.NameKk, NameRu = i.NameRu, NameEn = i.NameEn, UnitOfMeasure = i.UnitOfMeasure,
            Baseline = Scaled.FromX100(i.BaselineX100), HigherIsBetter = i.HigherIsBetter, Version = i.Version, Years = years,
            Actuals = actuals.Select(a => new IndicatorActualDto(a.Year, a.Period, Scaled.FromX100(a.ValueX100), a.RecordedAt)).ToList(),
        };
    }
}
