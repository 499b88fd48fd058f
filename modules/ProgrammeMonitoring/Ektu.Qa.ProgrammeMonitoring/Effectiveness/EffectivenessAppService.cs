using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Permissions;
using Ektu.Qa.ProgrammeMonitoring.Reviews;

namespace Ektu.Qa.ProgrammeMonitoring.Effectiveness;

/// <summary>
/// The Academic Affairs Office's annual effectiveness assessment: values per programme, year and indicator (read in the
/// register's scope, written with Monitoring.Manage) judged against thresholds the office sets.
/// </summary>
internal sealed class EffectivenessAppService(EffectivenessRepository repo, MonitoredProgrammes programmes,
    AuditContext<ProgrammeMonitoringContractsModule> audit, ICurrentUser user, IClock clock, IUserClock userClock) : IEffectivenessAppService
{
    public const int FirstYear = 2000;

    public async Task<IReadOnlyList<ThresholdDto>> GetThresholdsAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        return await repo.ThresholdsAsync(ct);
    }

    public async Task<ThresholdDto> SaveThresholdAsync(EffectivenessIndicator indicator, SaveThresholdInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Monitoring.Manage);
        var before = (await repo.ThresholdsAsync(ct)).SingleOrDefault(t => t.Indicator == indicator)
            ?? throw new EntityNotFoundException("IndicatorThreshold", indicator);
        new Check().That(IndicatorRules.Consistent(input.Target, input.AtRiskFrom, before.LowerIsBetter), nameof(input.AtRiskFrom),
            EffectivenessErrorCodes.Thresholds).ThrowIfAny();
        await repo.UpdateThresholdAsync(indicator, input, clock.UtcNow, audit.By, ct);
        var after = (await repo.ThresholdsAsync(ct)).Single(t => t.Indicator == indicator);
        await audit.WriteAsync("IndicatorThreshold", Guid.Empty, "ThresholdChanged", AuditChanges.Between(before, after), ct);
        return after;
    }

    public async Task<IReadOnlyList<AssessmentRowDto>> GetYearAsync(int year, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        var visible = await programmes.VisibleAsync(ct);
        var thresholds = (await repo.ThresholdsAsync(ct)).ToDictionary(t => t.Indicator);
        var values = (await repo.ValuesAsync(visible.Keys, year, ct)).ToLookup(v => v.ProgrammeId);
        return visible.Values.OrderBy(p => p.GroupCode, StringComparer.Ordinal).Select(p => new AssessmentRowDto
        {
            ProgrammeId = p.Id, GroupCode = p.GroupCode, ProgrammeTitle = p.Title, SchoolName = p.SchoolName,
            Values = values[p.Id].Select(v => Judged(v, thresholds)).ToDictionary(v => v.Indicator),
        }).ToList();
    }

    public async Task<IReadOnlyList<IndicatorValueDto>> GetProgrammeAsync(Guid programmeId, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Programmes.Default);
        await programmes.LoadAsync(programmeId, ct);
        var thresholds = (await repo.ThresholdsAsync(ct)).ToDictionary(t => t.Indicator);
        return (await repo.ValuesAsync([programmeId], null, ct)).Select(v => Judged(v, thresholds)).ToList();
    }

    public async Task<IndicatorValueDto> SaveValueAsync(SaveValueInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ProgrammeMonitoringPermissions.Monitoring.Manage);
        var p = await programmes.LoadAsync(input.ProgrammeId, ct);
        new Check()
            .That(input.Year >= FirstYear && input.Year <= userClock.Today.Year, nameof(input.Year), EffectivenessErrorCodes.Year)
            .That(Enum.IsDefined(input.Indicator), nameof(input.Indicator), ErrorCodes.InvalidValue)
            .That(input.Value != null, nameof(input.Value), ErrorCodes.Required)
            .That(input.Value is null or >= 0 and <= 100000, nameof(input.Value), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        await repo.UpsertValueAsync(p.Id, input.Year, input.Indicator, input.Value!.Value, clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("EffectivenessValue", p.Id, "ValueRecorded",
            [new AuditChange("EffectivenessValue", null,
                $"{input.Indicator} {input.Year}: {input.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}")],
            ct, unitId: p.SchoolId);
        var thresholds = (await repo.ThresholdsAsync(ct)).ToDictionary(t => t.Indicator);
        return Judged((await repo.ValuesAsync([p.Id], input.Year, ct)).Single(v => v.Indicator == input.Indicator), thresholds);
    }

    private static IndicatorValueDto Judged(IndicatorValueDto v, IReadOnlyDictionary<EffectivenessIndicator, ThresholdDto> thresholds)
    {
        v.Status = IndicatorRules.Status(v.Value, thresholds[v.Indicator]);
        return v;
    }
}
