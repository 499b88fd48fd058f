using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>Indicators (<c>im_indicators</c>) and their values per unit and period (<c>im_indicator_values</c>).</summary>
internal sealed class IndicatorRepository(IDbSession db)
{
    private const string Columns = """
        id, code, name_kk AS NameKk, name_ru AS NameRu, name_en AS NameEn, measure, level, period_kind AS PeriodKind,
        threshold_x100 AS ThresholdX100, direction, on_dashboard AS OnDashboard, version
        """;

    private const string ValueColumns = """
        id, indicator_id AS IndicatorId, unit_id AS UnitId, period, period_start AS PeriodStart, value_x100 AS ValueX100, source,
        updated_at AS UpdatedAt, version
        """;

    public async Task<IReadOnlyList<IndicatorDto>> ListAsync(CancellationToken ct) =>
        (await db.QueryAsync<IndicatorRow>($"SELECT {Columns} FROM im_indicators ORDER BY code", ct: ct)).Select(r => r.ToDto()).ToList();

    public async Task<IndicatorDto?> FindAsync(Guid id, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<IndicatorRow>($"SELECT {Columns} FROM im_indicators WHERE id = @id", new { id }, ct))?.ToDto();

    public async Task<IndicatorDto?> FindByCodeAsync(string code, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<IndicatorRow>($"SELECT {Columns} FROM im_indicators WHERE code = @code",
            new { code = code.Trim().ToUpperInvariant() }, ct))?.ToDto();

    public Task InsertAsync(Guid id, SaveIndicatorInput i, DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO im_indicators (id, code, name_kk, name_ru, name_en, measure, level, period_kind, threshold_x100, direction, on_dashboard,
          version, created_at, created_by, updated_at, updated_by)
        VALUES (@id, @Code, @NameKk, @NameRu, @NameEn, @Measure, @level, @kind, @threshold, @direction, @OnDashboard, 1, @at, @by, @at, @by)
        """, new
    {
        id, i.Code, i.NameKk, i.NameRu, i.NameEn, i.Measure, level = i.Level.ToString(), kind = i.PeriodKind.ToString(),
        threshold = Stored(i.Threshold), direction = i.Direction.ToString(), i.OnDashboard, at, by,
    }, ct);

    public async Task UpdateAsync(Guid id, SaveIndicatorInput i, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_indicators SET name_kk = @NameKk, name_ru = @NameRu, name_en = @NameEn, measure = @Measure, level = @level,
              period_kind = @kind, threshold_x100 = @threshold, direction = @direction, on_dashboard = @OnDashboard, version = version + 1,
              updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @Version
            """, new
        {
            id, i.NameKk, i.NameRu, i.NameEn, i.Measure, level = i.Level.ToString(), kind = i.PeriodKind.ToString(),
            threshold = Stored(i.Threshold), direction = i.Direction.ToString(), i.OnDashboard, i.Version, at, by,
        }, ct);
        Concurrency.EnsureUpdated(rows, "Indicator", id);
    }

    public Task<long> CountValuesAsync(Guid indicatorId, CancellationToken ct) =>
        db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM im_indicator_values WHERE indicator_id = @indicatorId", new { indicatorId }, ct);

    /// <summary>Values of the indicators in the given units (all units when <paramref name="all"/>), oldest period first.</summary>
    public async Task<IReadOnlyList<IndicatorValueDto>> ValuesAsync(IEnumerable<Guid> indicatorIds, bool all, IEnumerable<Guid> units,
        DateOnly? from, DateOnly? to, CancellationToken ct) =>
        (await db.QueryAsync<ValueRow>($"""
            SELECT {ValueColumns} FROM im_indicator_values
            WHERE indicator_id IN @ids AND {(all ? "1 = 1" : "unit_id IN @units")}
              AND (@from IS NULL OR period_start >= @from) AND (@to IS NULL OR period_start <= @to)
            ORDER BY period_start, unit_id
            """, new { ids = SqlIds.Text(indicatorIds), units = SqlIds.Text(units), from, to }, ct)).Select(r => r.ToDto()).ToList();

    public async Task<IndicatorValueDto?> FindValueAsync(Guid indicatorId, Guid unitId, string period, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<ValueRow>($"""
            SELECT {ValueColumns} FROM im_indicator_values WHERE indicator_id = @indicatorId AND unit_id = @unitId AND period = @period
            """, new { indicatorId, unitId, period }, ct))?.ToDto();

    public Task InsertValueAsync(Guid id, Guid indicatorId, Guid unitId, string period, DateOnly start, long value, ValueSource source,
        DateTime at, string by, CancellationToken ct) => db.ExecuteAsync("""
        INSERT INTO im_indicator_values (id, indicator_id, unit_id, period, period_start, value_x100, source, version, created_at, created_by,
          updated_at, updated_by)
        VALUES (@id, @indicatorId, @unitId, @period, @start, @value, @source, 1, @at, @by, @at, @by)
        """, new { id, indicatorId, unitId, period, start, value, source = source.ToString(), at, by }, ct);

    public async Task UpdateValueAsync(Guid id, int version, long value, ValueSource source, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE im_indicator_values SET value_x100 = @value, source = @source, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version
            """, new { id, version, value, source = source.ToString(), at, by }, ct);
        Concurrency.EnsureUpdated(rows, "IndicatorValue", id);
    }

    private static long? Stored(decimal? v) => v == null ? null : IndicatorRules.ToStored(v.Value);

    private sealed class IndicatorRow
    {
        public Guid Id { get; init; }
        public string Code { get; init; } = "";
        public string NameKk { get; init; } = "";
        public string NameRu { get; init; } = "";
        public string NameEn { get; init; } = "";
        public string Measure { get; init; } = "";
        public string Level { get; init; } = "";
        public string PeriodKind { get; init; } = "";
        public long? ThresholdX100 { get; init; }
        public string Direction { get; init; } = "";
        public bool OnDashboard { get; init; }
        public int Version { get; init; }

        public IndicatorDto ToDto() => new()
        {
            Id = Id, Code = Code, NameKk = NameKk, NameRu = NameRu, NameEn = NameEn, Measure = Measure,
            Level = Enum.Parse<IndicatorLevel>(Level), PeriodKind = Enum.Parse<PeriodKind>(PeriodKind),
            Threshold = ThresholdX100 == null ? null : IndicatorRules.FromStored(ThresholdX100.Value),
            Direction = Enum.Parse<ThresholdDirection>(Direction), OnDashboard = OnDashboard, Version = Version,
        };
    }

    private sealed class ValueRow
    {
        public Guid Id { get; init; }
        public Guid IndicatorId { get; init; }
        public Guid UnitId { get; init; }
        public string Period { get; init; } = "";
        public DateOnly PeriodStart { get; init; }
        public long ValueX100 { get; init; }
        public string Source { get; init; } = "";
        public DateTime UpdatedAt { get; init; }
        public int Version { get; init; }

        public IndicatorValueDto ToDto() => new()
        {
            Id = Id, IndicatorId = IndicatorId, UnitId = UnitId, Period = Period, PeriodStart = PeriodStart,
            Value = IndicatorRules.FromStored(ValueX100), Source = Enum.Parse<ValueSource>(Source), UpdatedAt = UpdatedAt, Version = Version,
        };
    }
}
