namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>
/// Monitored indicators and their values per unit and period: definitions, values typed by hand, imports of CSV / XLSX
/// files with a column mapping, the portal's push API (idempotent by indicator + unit + period), and the time series read
/// by Grafana. Values of units outside the caller's scope are neither read nor written; every change leaves an audit entry.
/// </summary>
public interface IIndicatorAppService
{
    Task<IReadOnlyList<IndicatorDto>> GetListAsync(CancellationToken ct = default);

    Task<IndicatorDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<IndicatorDto> CreateAsync(SaveIndicatorInput input, CancellationToken ct = default);

    Task<IndicatorDto> UpdateAsync(Guid id, SaveIndicatorInput input, CancellationToken ct = default);

    Task<IndicatorItemResult> SaveValueAsync(Guid id, SaveIndicatorValueInput input, CancellationToken ct = default);

    /// <summary>The portal's batch (at most 1000 items): each item is applied or refused on its own.</summary>
    Task<IndicatorBatchResultDto> PushAsync(IReadOnlyList<IndicatorPushItem>? items, CancellationToken ct = default);

    /// <summary>A CSV or XLSX file: the header row, then one value per row; a bad row is reported and the rest imported.</summary>
    Task<IndicatorBatchResultDto> ImportAsync(string? fileName, Stream? content, IndicatorImportMapping mapping, CancellationToken ct = default);

    /// <summary>Values of one indicator (by code) in scope, optionally of one unit (by code) and from / to a day, oldest first.</summary>
    Task<IReadOnlyList<IndicatorSeriesPoint>> GetSeriesAsync(string code, string? unit, DateOnly? from, DateOnly? to,
        CancellationToken ct = default);
}
