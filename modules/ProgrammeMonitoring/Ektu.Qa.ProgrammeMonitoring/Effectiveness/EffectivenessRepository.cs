using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>Thresholds (<c>pm_indicator_thresholds</c>) and yearly values (<c>pm_indicator_values</c>), kept as hundredths.</summary>
internal sealed class EffectivenessRepository(IDbSession db)
{
    public async Task<IReadOnlyList<ThresholdDto>> ThresholdsAsync(CancellationToken ct) =>
        (await db.QueryAsync<ThresholdRow>("""
            SELECT indicator, target_x100 AS TargetX100, at_risk_x100 AS AtRiskX100, lower_is_better AS LowerIsBetter, version
            FROM pm_indicator_thresholds
            """, ct: ct))
        .Select(r => new ThresholdDto
        {
            Indicator = r.Indicator, Target = r.TargetX100 / 100m, AtRiskFrom = r.AtRiskX100 / 100m, LowerIsBetter = r.LowerIsBetter,
            Version = r.Version,
        })
        .OrderBy(t => t.Indicator).ToList();

    public async Task UpdateThresholdAsync(EffectivenessIndicator indicator, SaveThresholdInput i, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE pm_indicator_thresholds SET target_x100 = @target, at_risk_x100 = @atRisk, version = version + 1, updated_at = @at,
              updated_by = @by
            WHERE indicator = @indicator AND version = @Version
            """, new { indicator = indicator.ToString(), target = X100(i.Target), atRisk = X100(i.AtRiskFrom), i.Version, at, by }, ct);
        if (rows == 0) throw new Kernel.Errors.QaException(Kernel.Errors.ErrorCodes.Conflict, 409, "IndicatorThreshold", indicator);
    }

    public async Task<IReadOnlyList<IndicatorValueDto>> ValuesAsync(IEnumerable<Guid> programmes, int? year, CancellationToken ct) =>
        (await db.QueryAsync<ValueRow>($"""
            SELECT programme_id AS ProgrammeId, year, indicator, value_x100 AS ValueX100 FROM pm_indicator_values
            WHERE programme_id IN @programmes {(year == null ? "" : "AND year = @year")}
            ORDER BY year, indicator
            """, new { programmes = SqlIds.Text(programmes), year }, ct))
        .Select(r => new IndicatorValueDto { ProgrammeId = r.ProgrammeId, Year = r.Year, Indicator = r.Indicator, Value = r.ValueX100 / 100m })
        .ToList();

    public Task UpsertValueAsync(Guid programmeId, int year, EffectivenessIndicator indicator, decimal value, DateTime at, string by,
        CancellationToken ct) => db.ExecuteAsync(db.Dialect.Upsert("pm_indicator_values",
            "programme_id, year, indicator, value_x100, recorded_at, recorded_by", "@programmeId, @year, @indicator, @value, @at, @by",
            "programme_id, year, indicator", ["value_x100", "recorded_at", "recorded_by"]),
        new { programmeId, year, indicator = indicator.ToString(), value = X100(value), at, by }, ct);

    public static long X100(decimal value) => (long)Math.Round(value * 100m, MidpointRounding.AwayFromZero);

    private sealed class ThresholdRow
    {
        public EffectivenessIndicator Indicator { get; init; }
        public long TargetX100 { get; init; }
        public long AtRiskX100 { get; init; }
        public bool LowerIsBetter { get; init; }
        public int Version { get; init; }
    }

    private sealed class ValueRow
    {
        public Guid ProgrammeId { get; init; }
        public int Year { get; init; }
        public EffectivenessIndicator Indicator { get; init; }
        public long ValueX100 { get; init; }
    }
}
