using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QualityPolicy.Permissions;

namespace Ektu.Qa.QualityPolicy.Kpis;

/// <summary>
/// Strategic goals are read university-wide (the strategy is public inside the university); they are changed only
/// by users whose scope holds the goal's owning unit.
/// </summary>
internal sealed class KpiAppService(KpiRepository repo, IIdentityIntegrationService identity, AuditContext<QualityPolicyContractsModule> audit,
    ICurrentUser user,
    IOrganizationScope scopes, IClock clock)
    : IKpiAppService
{

    public async Task<IReadOnlyList<StrategicGoalDto>> GetGoalsAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Kpis.Default);
        var goals = await repo.GetGoalsAsync(ct);
        var indicators = await repo.GetIndicatorsAsync(goals.Select(g => g.Id).ToList(), ct);
        var values = await repo.GetValuesAsync(indicators.Select(i => i.Id).ToList(), ct);
        foreach (var g in goals) g.Indicators.AddRange(indicators.Where(i => i.GoalId == g.Id).Select(i => KpiRepository.ToDto(i, values)));
        return goals;
    }

    public async Task<IndicatorDto> GetIndicatorAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Kpis.Default);
        return await LoadAsync(id, ct);
    }

    public async Task<StrategicGoalDto> CreateGoalAsync(SaveStrategicGoalInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Kpis.Manage);
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        var scope = await scopes.GetAsync(ct);
        var units = (await identity.GetUnitsAsync(ct)).Select(u => u.Id).ToHashSet();
        var check = new Check()
            .Required(nameof(input.Code), code, QualityPolicyConsts.CodeMax)
            .Required(nameof(input.TitleKk), input.TitleKk, QualityPolicyConsts.TitleMax)
            .Required(nameof(input.TitleRu), input.TitleRu, QualityPolicyConsts.TitleMax)
            .Required(nameof(input.TitleEn), input.TitleEn, QualityPolicyConsts.TitleMax)
            .That(units.Contains(input.OwnerUnitId) && scope.Contains(input.OwnerUnitId), nameof(input.OwnerUnitId),
                QualityPolicyErrorCodes.UnitOutOfScope);
        if (code.Length > 0) check.That(!await repo.GoalCodeTakenAsync(code, ct), nameof(input.Code), QualityPolicyErrorCodes.CodeTaken);
        check.ThrowIfAny();
        var g = new StrategicGoalDto
        {
            Id = Guid.NewGuid(), Code = code, TitleKk = input.TitleKk.Trim(), TitleRu = input.TitleRu.Trim(), TitleEn = input.TitleEn.Trim(),
            OwnerUnitId = input.OwnerUnitId, Version = 1,
        };
        await repo.InsertGoalAsync(g, clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("StrategicGoal", g.Id, "Created", AuditChanges.Between(null, g), ct, unitId: g.OwnerUnitId);
        return g;
    }

    public async Task<IndicatorDto> CreateIndicatorAsync(SaveIndicatorInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Kpis.Manage);
        var goal = await LoadWritableGoalAsync(input.GoalId, ct);
        new Check()
            .Required(nameof(input.NameKk), input.NameKk, QualityPolicyConsts.TitleMax)
            .Required(nameof(input.NameRu), input.NameRu, QualityPolicyConsts.TitleMax)
            .Required(nameof(input.NameEn), input.NameEn, QualityPolicyConsts.TitleMax)
            .Required(nameof(input.UnitOfMeasure), input.UnitOfMeasure, QualityPolicyConsts.UnitOfMeasureMax)
            .That(Math.Abs(input.Baseline) < 1_000_000_000_000m, nameof(input.Baseline), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        var row = new KpiRepository.IndicatorRow
        {
            Id = Guid.NewGuid(), GoalId = input.GoalId, NameKk = input.NameKk.Trim(), NameRu = input.NameRu.Trim(), NameEn = input.NameEn.Trim(),
            UnitOfMeasure = input.UnitOfMeasure.Trim(), BaselineX100 = Scaled.ToX100(input.Baseline), HigherIsBetter = input.HigherIsBetter,
                Version = 1,
        };
        await repo.InsertIndicatorAsync(row, clock.UtcNow, audit.By, ct);
        var dto = KpiRepository.ToDto(row, []);
        await audit.WriteAsync("Indicator", row.Id, "Created", AuditChanges.Between(null, dto), ct, unitId: goal.OwnerUnitId);
        return dto;
    }

    public Task<IndicatorDto> SetTargetAsync(Guid indicatorId, IndicatorValueInput input, CancellationToken ct = default) =>
        SaveValueAsync(indicatorId, input, KpiRepository.Target, ct);

    public Task<IndicatorDto> RecordActualAsync(Guid indicatorId, IndicatorValueInput input, CancellationToken ct = default) =>
        SaveValueAsync(indicatorId, input, KpiRepository.Actual, ct);

    private async Task<IndicatorDto> SaveValueAsync(Guid indicatorId, IndicatorValueInput input, string kind, CancellationToken ct)
    {
        await user.EnsureAsync(QualityPolicyPermissions.Kpis.Manage);
        var row = await repo.FindIndicatorAsync(indicatorId, ct) ?? throw new EntityNotFoundException("Indicator", indicatorId);
        var goal = await LoadWritableGoalAsync(row.GoalId, ct);
        // Targets are yearly; actuals may name a period within the year.
        var period = kind == KpiRepository.Target ? "" : (input.Period ?? "").Trim();
        new Check()
            .That(input.Year is >= 2000 and <= 2100, nameof(input.Year), ErrorCodes.InvalidValue)
            .That(input.Value != null, nameof(input.Value), ErrorCodes.Required)
            .That(input.Value == null || Math.Abs(input.Value.Value) < 1_000_000_000_000m, nameof(input.Value), ErrorCodes.InvalidValue)
            .Optional(nameof(input.Period), period, QualityPolicyConsts.PeriodMax)
            .ThrowIfAny();
        await repo.TouchIndicatorAsync(indicatorId, input.Version, clock.UtcNow, audit.By, ct);
        await repo.UpsertValueAsync(indicatorId, kind, input.Year, period, Scaled.ToX100(input.Value!.Value), clock.UtcNow, audit.By, ct);
        await audit.WriteAsync("Indicator", indicatorId, kind + "Recorded",
            [new AuditChange($"{kind} {input.Year} {period}".Trim(), null,
                input.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))], ct, unitId: goal.OwnerUnitId);
        return await LoadAsync(indicatorId, ct);
    }

    private async Task<IndicatorDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var row = await repo.FindIndicatorAsync(id, ct) ?? throw new EntityNotFoundException("Indicator", id);
        return KpiRepository.ToDto(row, await repo.GetValuesAsync([id], ct));
    }

    private async Task<StrategicGoalDto> LoadWritableGoalAsync(Guid goalId, CancellationToken ct)
    {
        var goal = await repo.FindGoalAsync(goalId, ct) ?? throw new EntityNotFoundException("StrategicGoal", goalId);
        return (await scopes.GetAsync(ct)).Contains(goal.OwnerUnitId) ? goal : throw new EntityNotFoundException("StrategicGoal", goalId);
    }
}
