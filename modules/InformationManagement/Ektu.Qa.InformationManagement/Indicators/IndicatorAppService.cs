using System.Text.RegularExpressions;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Import;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>
/// Data collection: indicator definitions (university-wide) and values of the units in the caller's scope. Every way a
/// value comes in (the page, a file, the push API) goes through <see cref="ApplyAsync"/>: the unit must match the level, the
/// period its kind, and the same indicator + unit + period with the same value writes nothing, so a repeated push or
/// re-imported file is harmless. A unit outside the scope reads as unknown, as a 404 would.
/// </summary>
internal sealed partial class IndicatorAppService(IndicatorRepository repo, IUnitDirectory units,
    AuditContext<InformationManagementContractsModule> audit, ICurrentUser user, IClock clock, IStringLocalizer localizer)
    : IIndicatorAppService
{
    private const string Entity = "MonitoredIndicator";
    private const string ValueEntity = "IndicatorValue";
    private const long MaxFileBytes = 10 * 1024 * 1024;

    public async Task<IReadOnlyList<IndicatorDto>> GetListAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Indicators.Default);
        var list = await repo.ListAsync(ct);
        var scope = await units.ScopeAsync(ct);
        var values = list.Count == 0 ? [] : await repo.ValuesAsync(list.Select(i => i.Id), scope.All, scope.UnitIds, null, null, ct);
        foreach (var i in list)
        {
            var own = values.Where(v => v.IndicatorId == i.Id).ToList();
            if (own.Count == 0) continue;
            var latest = own.Max(v => v.PeriodStart);
            var last = own.Where(v => v.PeriodStart == latest).ToList();
            i.LatestPeriod = last[0].Period;
            i.LatestNotMet = last.Count(v => IndicatorRules.Status(v.Value, i.Threshold, i.Direction) == ThresholdStatus.NotMet);
        }
        return list;
    }

    public async Task<IndicatorDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Indicators.Default);
        var i = await LoadAsync(id, ct);
        return new IndicatorDetailsDto(i, await ValuesInScopeAsync(i, null, null, ct));
    }

    public async Task<IndicatorDto> CreateAsync(SaveIndicatorInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Indicators.Manage);
        input.Code = (input.Code ?? "").Trim().ToUpperInvariant();
        Validate(input);
        if (await repo.FindByCodeAsync(input.Code, ct) != null) throw ValidationException.For(nameof(input.Code), IndicatorErrorCodes.DuplicateCode);
        var id = Guid.NewGuid();
        await repo.InsertAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Created", AuditChanges.Between(null, after), ct);
        return after;
    }

    public async Task<IndicatorDto> UpdateAsync(Guid id, SaveIndicatorInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Indicators.Manage);
        var before = await LoadAsync(id, ct);
        input.Code = before.Code;
        Validate(input);
        // Stored values are keyed by the unit kind and period format these two fix: changing them would orphan the values.
        if ((input.Level != before.Level || input.PeriodKind != before.PeriodKind) && await repo.CountValuesAsync(id, ct) > 0)
            throw ValidationException.For(input.Level != before.Level ? nameof(input.Level) : nameof(input.PeriodKind), ErrorCodes.InvalidValue);
        await repo.UpdateAsync(id, Clean(input), clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Updated", AuditChanges.Between(before, after), ct);
        return after;
    }

    public async Task<IndicatorItemResult> SaveValueAsync(Guid id, SaveIndicatorValueInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Indicators.Manage);
        var indicator = await LoadAsync(id, ct);
        var unit = await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        var (outcome, field, code) = await ApplyAsync(indicator, unit, input.Period, input.Value, ValueSource.Manual, ct);
        if (outcome == ItemOutcome.Failed) throw ValidationException.For(field!, code!);
        return new IndicatorItemResult(1, outcome);
    }

    public async Task<IndicatorBatchResultDto> PushAsync(IReadOnlyList<IndicatorPushItem>? items, CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Indicators.Push);
        items ??= [];
        if (items.Count > IndicatorRules.MaxBatch) throw ValidationException.For("items", IndicatorErrorCodes.TooManyRows);
        return await ApplyBatchAsync(items.Select((item, n) => (n + 1, item)).ToList(), ValueSource.Push, ct);
    }

    public async Task<IndicatorBatchResultDto> ImportAsync(string? fileName, Stream? content, IndicatorImportMapping mapping,
        CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Indicators.Manage);
        if (content == null || string.IsNullOrWhiteSpace(fileName)) throw ValidationException.For("File", ErrorCodes.Required);
        var bytes = await UploadBuffer.ReadAsync(content, MaxFileBytes, "File", ct);
        if (bytes.Length == 0) throw ValidationException.For("File", ErrorCodes.Required);
        var kind = TableFile.Kind(bytes) ?? throw ValidationException.For("File", IndicatorErrorCodes.Unreadable);
        if (kind == "xlsx") FileInspector.Check(bytes, ["xlsx"]);
        IReadOnlyList<string[]> rows;
        try
        {
            rows = TableFile.Read(bytes, kind, IndicatorRules.MaxBatch + 1);
        }
        catch (TableFileException e)
        {
            throw ValidationException.For("File", e.TooManyRows ? IndicatorErrorCodes.TooManyRows : IndicatorErrorCodes.Unreadable);
        }
        if (rows.Count == 0) throw ValidationException.For("File", IndicatorErrorCodes.Unreadable);
        var header = rows[0].Select(h => h.Trim()).ToList();
        var columns = new Dictionary<string, int>();
        var missing = new Check();
        foreach (var (field, name) in new[] { ("Indicator", mapping.Indicator), ("Unit", mapping.Unit), ("Period", mapping.Period),
                     ("Value", mapping.Value) })
        {
            var at = header.FindIndex(h => string.Equals(h, (name ?? "").Trim(), StringComparison.OrdinalIgnoreCase));
            missing.That(at >= 0, "Mapping." + field, IndicatorErrorCodes.MissingColumn);
            columns[field] = at;
        }
        missing.ThrowIfAny();
        string Cell(string[] row, string field) => columns[field] < row.Length ? row[columns[field]].Trim() : "";
        var items = new List<(int, IndicatorPushItem)>();
        var bad = new List<IndicatorItemResult>();
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.All(string.IsNullOrWhiteSpace)) continue;
            var text = Cell(row, "Value");
            var value = IndicatorRules.ParseNumber(text);
            if (value == null && text.Length > 0)
            {
                bad.Add(Failed(r + 1, "Value", IndicatorErrorCodes.InvalidNumber));
                continue;
            }
            items.Add((r + 1, new IndicatorPushItem
            {
                Indicator = Cell(row, "Indicator"), Unit = Cell(row, "Unit"), Period = Cell(row, "Period"), Value = value,
            }));
        }
        var applied = await ApplyBatchAsync(items, ValueSource.Import, ct);
        return new IndicatorBatchResultDto([.. applied.Items.Concat(bad).OrderBy(i => i.Row)]);
    }

    public async Task<IReadOnlyList<IndicatorSeriesPoint>> GetSeriesAsync(string code, string? unit, DateOnly? from, DateOnly? to,
        CancellationToken ct = default)
    {
        await user.EnsureAsync(InformationManagementPermissions.Indicators.Default);
        var i = await repo.FindByCodeAsync(code ?? "", ct) ?? throw new EntityNotFoundException(Entity, code ?? "");
        var all = await units.UnitsAsync(ct);
        Guid? only = null;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var u = all.Values.FirstOrDefault(x => string.Equals(x.Code, unit.Trim(), StringComparison.OrdinalIgnoreCase));
            if (u == null || !await units.IsVisibleAsync(u.Id, ct)) throw new EntityNotFoundException("OrganizationUnit", unit);
            only = u.Id;
        }
        var values = await ValuesInScopeAsync(i, from, to, ct);
        return values.Where(v => only == null || v.UnitId == only)
            .Select(v => new IndicatorSeriesPoint(v.PeriodStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), v.Period, i.Code,
                all.TryGetValue(v.UnitId, out var u) ? u.Code : "", v.UnitName, v.Value, i.Threshold, v.Status))
            .ToList();
    }

    private async Task<IndicatorBatchResultDto> ApplyBatchAsync(IReadOnlyList<(int Row, IndicatorPushItem Item)> items, ValueSource source,
        CancellationToken ct)
    {
        var scope = await units.ScopeAsync(ct);
        var byCode = (await units.AllAsync(ct)).Where(u => scope.Contains(u.Id))
            .GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var indicators = new Dictionary<string, IndicatorDto?>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<(Guid, Guid, string)>();
        var results = new List<IndicatorItemResult>();
        foreach (var (row, item) in items)
        {
            var code = (item.Indicator ?? "").Trim();
            if (code.Length == 0) { results.Add(Failed(row, "Indicator", ErrorCodes.Required)); continue; }
            if (!indicators.TryGetValue(code, out var indicator)) indicators[code] = indicator = await repo.FindByCodeAsync(code, ct);
            if (indicator == null) { results.Add(Failed(row, "Indicator", IndicatorErrorCodes.UnknownIndicator)); continue; }
            if (!byCode.TryGetValue((item.Unit ?? "").Trim(), out var unit))
            {
                results.Add(Failed(row, "Unit", IndicatorErrorCodes.UnknownUnit));
                continue;
            }
            // Two items for one key in one batch would make the outcome depend on their order: both are refused after the first.
            if (!seen.Add((indicator.Id, unit.Id, IndicatorRules.Normalize(item.Period ?? ""))))
            {
                results.Add(Failed(row, "Period", IndicatorErrorCodes.DuplicateItem));
                continue;
            }
            var (outcome, field, error) = await ApplyAsync(indicator, unit, item.Period, item.Value, source, ct);
            results.Add(outcome == ItemOutcome.Failed ? Failed(row, field!, error!) : new IndicatorItemResult(row, outcome));
        }
        return new IndicatorBatchResultDto(results);
    }

    private async Task<(ItemOutcome, string?, string?)> ApplyAsync(IndicatorDto indicator, OrganizationUnitDto unit, string? period,
        decimal? value, ValueSource source, CancellationToken ct)
    {
        if (unit.Kind != IndicatorRules.UnitKind(indicator.Level)) return (ItemOutcome.Failed, "Unit", IndicatorErrorCodes.WrongLevel);
        var start = IndicatorRules.PeriodStart(indicator.PeriodKind, period);
        if (start == null) return (ItemOutcome.Failed, "Period", IndicatorErrorCodes.InvalidPeriod);
        if (value == null) return (ItemOutcome.Failed, "Value", ErrorCodes.Required);
        var stored = IndicatorRules.ToStored(value.Value);
        if (stored == null) return (ItemOutcome.Failed, "Value", IndicatorErrorCodes.InvalidNumber);
        var key = IndicatorRules.Normalize(period!);
        var existing = await repo.FindValueAsync(indicator.Id, unit.Id, key, ct);
        var now = clock.UtcNow;
        if (existing == null)
        {
            var id = Guid.NewGuid();
            await repo.InsertValueAsync(id, indicator.Id, unit.Id, key, start.Value, stored.Value, source, now, audit.By, ct);
            await audit.WriteAsync(ValueEntity, id, "Created",
            [
                new AuditChange("Indicator", null, indicator.Code), new AuditChange("Unit", null, unit.Code),
                new AuditChange("Period", null, key), new AuditChange("Value", null, value.Value.ToString("0.##")),
                new AuditChange("Source", null, source.ToString()),
            ], ct, unitId: unit.Id);
            return (ItemOutcome.Created, null, null);
        }
        if (IndicatorRules.ToStored(existing.Value) == stored) return (ItemOutcome.Unchanged, null, null);
        await repo.UpdateValueAsync(existing.Id, existing.Version, stored.Value, source, now, audit.By, ct);
        await audit.WriteAsync(ValueEntity, existing.Id, "Updated",
        [
            new AuditChange("Value", existing.Value.ToString("0.##"), value.Value.ToString("0.##")),
            new AuditChange("Source", existing.Source.ToString(), source.ToString()),
        ], ct, unitId: unit.Id);
        return (ItemOutcome.Updated, null, null);
    }

    private async Task<IReadOnlyList<IndicatorValueDto>> ValuesInScopeAsync(IndicatorDto i, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var scope = await units.ScopeAsync(ct);
        var values = await repo.ValuesAsync([i.Id], scope.All, scope.UnitIds, from, to, ct);
        var names = await units.NamesAsync(ct);
        foreach (var v in values)
        {
            v.UnitName = names.GetValueOrDefault(v.UnitId, "");
            v.Status = IndicatorRules.Status(v.Value, i.Threshold, i.Direction);
        }
        return values;
    }

    private async Task<IndicatorDto> LoadAsync(Guid id, CancellationToken ct) =>
        await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);

    private IndicatorItemResult Failed(int row, string field, string code) =>
        new(row, ItemOutcome.Failed, field, code, localizer[code].Value);

    private static void Validate(SaveIndicatorInput i) => new Check()
        .Required(nameof(i.Code), i.Code, InformationManagementConsts.CodeMax)
        .That(i.Code.Length == 0 || CodePattern().IsMatch(i.Code), nameof(i.Code), ErrorCodes.InvalidValue)
        .Required(nameof(i.NameKk), i.NameKk, InformationManagementConsts.TitleMax)
        .Required(nameof(i.NameRu), i.NameRu, InformationManagementConsts.TitleMax)
        .Required(nameof(i.NameEn), i.NameEn, InformationManagementConsts.TitleMax)
        .Required(nameof(i.Measure), i.Measure, InformationManagementConsts.CodeMax)
        .That(Enum.IsDefined(i.Level), nameof(i.Level), ErrorCodes.InvalidValue)
        .That(Enum.IsDefined(i.PeriodKind), nameof(i.PeriodKind), ErrorCodes.InvalidValue)
        .That(Enum.IsDefined(i.Direction), nameof(i.Direction), ErrorCodes.InvalidValue)
        .That(i.Threshold == null || IndicatorRules.ToStored(i.Threshold.Value) != null, nameof(i.Threshold), IndicatorErrorCodes.InvalidNumber)
        .ThrowIfAny();

    private static SaveIndicatorInput Clean(SaveIndicatorInput i) => new()
    {
        Code = i.Code, NameKk = i.NameKk.Trim(), NameRu = i.NameRu.Trim(), NameEn = i.NameEn.Trim(), Measure = i.Measure.Trim(),
        Level = i.Level, PeriodKind = i.PeriodKind, Threshold = i.Threshold, Direction = i.Direction, OnDashboard = i.OnDashboard,
        Version = i.Version,
    };

    [GeneratedRegex("^[A-Z0-9][A-Z0-9._-]*$")]
    private static partial Regex CodePattern();
}
