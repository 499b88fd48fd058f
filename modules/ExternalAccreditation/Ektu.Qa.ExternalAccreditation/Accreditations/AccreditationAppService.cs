using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>
/// Accreditations of the units in the caller's scope. A specialised accreditation belongs to a school and covers some of
/// its programmes; an institutional one belongs to the university. Statuses and warnings are computed at every read.
/// </summary>
internal sealed class AccreditationAppService(AccreditationRepository repo, AgencyRepository agencies, IUnitDirectory units,
    IProgrammeIntegrationService programmes, AuditContext<ExternalAccreditationContractsModule> audit, ICurrentUser user, IClock clock,
    IUserClock local, ISettingStore settings)
    : IAccreditationAppService
{
    private const string Entity = "Accreditation";

    private Dictionary<Guid, ProgrammeDto>? _programmes;

    public async Task<IReadOnlyList<AccreditationDto>> GetListAsync(AccreditationFilter filter, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Accreditations.Default);
        var scope = await units.ScopeAsync(ct);
        var list = await EnrichAsync(await repo.ListAsync(scope.All, scope.UnitIds, ct), ct);
        return list.Where(a => filter.UnitId == null || a.UnitId == filter.UnitId)
            .Where(a => filter.AgencyId == null || a.AgencyId == filter.AgencyId)
            .Where(a => filter.Kind == null || a.Kind == filter.Kind)
            .Where(a => filter.Status == null || a.Status == filter.Status)
            .Where(a => !filter.ExpiringOnly || a.WarningMonths != null && a.Status is AccreditationStatus.Expiring)
            .ToList();
    }

    public async Task<AccreditationDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Accreditations.Default);
        var a = await LoadAsync(id, ct);
        var today = local.Today;
        var reports = await repo.ReportsAsync(id, ct);
        foreach (var r in reports) r.IsOverdue = AccreditationRules.IsOverdue(r, today);
        var renewal = await repo.FindRenewalAsync(id, ct);
        return new AccreditationDetailsDto((await EnrichAsync([a], ct))[0], reports, renewal?.Id);
    }

    public async Task<AccreditationDto> CreateAsync(SaveAccreditationInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Accreditations.Manage);
        var unit = await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        var a = await ValidAsync(Guid.NewGuid(), unit, input, ct);
        await repo.InsertAsync(a, clock.UtcNow, audit.By, ct);
        await OpenFollowUpAsync(a, ct);
        var after = await LoadAsync(a.Id, ct);
        await audit.WriteAsync(Entity, a.Id, "Created", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return (await EnrichAsync([after], ct))[0];
    }

    public async Task<AccreditationDto> UpdateAsync(Guid id, SaveAccreditationInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Accreditations.Manage);
        var before = await LoadAsync(id, ct);
        var unit = (await units.FindAsync(before.UnitId, ct))!;
        input.UnitId = before.UnitId;
        var a = await ValidAsync(id, unit, input, ct);
        await repo.UpdateAsync(a, input.Version, clock.UtcNow, audit.By, ct);
        await OpenFollowUpAsync(a, ct);
        var after = await LoadAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Updated", AuditChanges.Between(before, after), ct, unitId: after.UnitId);
        return (await EnrichAsync([after], ct))[0];
    }

    public async Task<MonitoringReportDto> AddReportAsync(Guid id, SaveMonitoringReportInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Accreditations.Manage);
        var a = await LoadAsync(id, ct);
        new Check()
            .Required(nameof(input.Title), input.Title, ExternalAccreditationConsts.TitleMax)
            .That(input.DueOn != null, nameof(input.DueOn), ErrorCodes.Required)
            .ThrowIfAny();
        var r = new MonitoringReportDto
        {
            Id = Guid.NewGuid(), AccreditationId = id, Kind = MonitoringReportKind.Periodic, Title = input.Title.Trim(), DueOn = input.DueOn!.Value,
        };
        await repo.InsertReportAsync(r, clock.UtcNow, audit.By, ct);
        var after = (await repo.FindReportAsync(r.Id, ct))!;
        await audit.WriteAsync("MonitoringReport", r.Id, "Created", AuditChanges.Between(null, after), ct, unitId: a.UnitId);
        return after;
    }

    public async Task<MonitoringReportDto> SubmitReportAsync(Guid id, Guid reportId, SubmitMonitoringReportInput input,
        CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Accreditations.Manage);
        var a = await LoadAsync(id, ct);
        var before = await repo.FindReportAsync(reportId, ct);
        if (before == null || before.AccreditationId != id) throw new EntityNotFoundException("MonitoringReport", reportId);
        if (before.SubmittedOn != null) throw new QaException(AccreditationErrorCodes.ReportSubmitted, 409);
        new Check()
            .That(input.SubmittedOn != null, nameof(input.SubmittedOn), ErrorCodes.Required)
            .That(input.SubmittedOn == null || input.SubmittedOn <= local.Today, nameof(input.SubmittedOn), ErrorCodes.InvalidValue)
            .Optional(nameof(input.Note), input.Note, ExternalAccreditationConsts.LongTextMax)
            .ThrowIfAny();
        await repo.SubmitReportAsync(reportId, input.Version, input.SubmittedOn!.Value, Trim(input.Note), clock.UtcNow, audit.By, ct);
        var after = (await repo.FindReportAsync(reportId, ct))!;
        await audit.WriteAsync("MonitoringReport", reportId, "Submitted", AuditChanges.Between(before, after), ct, unitId: a.UnitId);
        return after;
    }

    public async Task<IReadOnlyList<SchoolCoverageDto>> GetCoverageAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ExternalAccreditationPermissions.Accreditations.Default);
        var scope = await units.ScopeAsync(ct);
        var today = local.Today;
        var covered = (await repo.ListAsync(true, [], ct))
            .Where(a => a.Kind == AccreditationKind.Specialised && AccreditationRules.IsValidOn(a, today))
            .SelectMany(a => a.ProgrammeIds).ToHashSet();
        var all = await units.UnitsAsync(ct);
        return (await ProgrammesAsync(ct)).Values
            .Where(p => p.Status != ProgrammeStatus.Closed && scope.Contains(p.SchoolId))
            .GroupBy(p => p.SchoolId)
            .Select(g => new SchoolCoverageDto
            {
                SchoolId = g.Key, SchoolName = all.GetValueOrDefault(g.Key)?.Name ?? "", Programmes = g.Count(),
                Accredited = g.Count(p => covered.Contains(p.Id)),
                Percent = AccreditationRules.Percent(g.Count(p => covered.Contains(p.Id)), g.Count()),
            })
            .OrderBy(c => c.SchoolName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>
    /// An assessment procedure opens its accreditation as Pending (renewing <see cref="SaveAccreditationInput.RenewalOfId"/> if
    /// given): the accreditation rules apply, the procedure's caller already passed its own permission check.
    /// </summary>
    internal async Task<AccreditationDto> OpenForProcedureAsync(SaveAccreditationInput input, CancellationToken ct)
    {
        var unit = await units.EnsureTargetAsync(input.UnitId, nameof(input.UnitId), ct);
        input.Decision = AccreditationDecision.Pending;
        var a = await ValidAsync(Guid.NewGuid(), unit, input, ct);
        await repo.InsertAsync(a, clock.UtcNow, audit.By, ct);
        var after = await LoadAsync(a.Id, ct);
        await audit.WriteAsync(Entity, a.Id, "Created", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return after;
    }

    /// <summary>
    /// The procedure's decision on its pending accreditation, checked by the same rules as the edit form (validity for
    /// accredited and conditional, a follow-up day within it for conditional, no validity for denied); <paramref name="apply"/>
    /// false only checks.
    /// </summary>
    internal async Task DecideForProcedureAsync(Guid id, AccreditationDecision decision, DateOnly? decidedOn, DateOnly? validFrom,
        DateOnly? validTo, DateOnly? followUpDueOn, string? conditions, bool apply, CancellationToken ct)
    {
        var before = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        var unit = await units.FindAsync(before.UnitId, ct) ?? throw new EntityNotFoundException(Entity, id);
        var input = new SaveAccreditationInput
        {
            UnitId = before.UnitId, AgencyId = before.AgencyId, Kind = before.Kind, Reach = before.Reach, Decision = decision, DecidedOn = decidedOn,
            ValidFrom = validFrom, ValidTo = validTo, FollowUpDueOn = followUpDueOn, Conditions = conditions,
            Recommendations = before.Recommendations, RenewalOfId = before.RenewalOfId, ProgrammeIds = [.. before.ProgrammeIds],
        };
        new Check().That(decision != AccreditationDecision.Pending, nameof(input.Decision), ErrorCodes.Required).ThrowIfAny();
        var a = await ValidAsync(id, unit, input, ct);
        if (!apply) return;
        await repo.UpdateAsync(a, before.Version, clock.UtcNow, audit.By, ct);
        await OpenFollowUpAsync(a, ct);
        var after = (await repo.FindAsync(id, ct))!;
        await audit.WriteAsync(Entity, id, "Decided", AuditChanges.Between(before, after), ct, unitId: after.UnitId);
    }

    /// <summary>A procedure not undertaken takes its pending accreditation with it.</summary>
    internal async Task WithdrawForProcedureAsync(Guid id, CancellationToken ct)
    {
        var before = await repo.FindAsync(id, ct);
        if (before is not { Decision: AccreditationDecision.Pending }) return;
        await repo.DeleteAsync(id, ct);
        await audit.WriteAsync(Entity, id, "Deleted", AuditChanges.Between(before, null), ct, unitId: before.UnitId);
    }

    private async Task<AccreditationDto> LoadAsync(Guid id, CancellationToken ct)
    {
        var a = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await units.EnsureVisibleAsync(a.UnitId, Entity, id, ct);
        return a;
    }

    private async Task<AccreditationDto> ValidAsync(Guid id, OrganizationUnitDto unit, SaveAccreditationInput i, CancellationToken ct)
    {
        var agency = await agencies.FindAsync(i.AgencyId, ct);
        var decided = AccreditationRules.IsDecided(i.Decision);
        var check = new Check()
            .That(agency != null, nameof(i.AgencyId), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(i.Kind), nameof(i.Kind), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(i.Reach), nameof(i.Reach), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(i.Decision), nameof(i.Decision), ErrorCodes.InvalidValue)
            .That(i.Kind != AccreditationKind.Specialised || unit.Kind == OrganizationUnitKind.School, nameof(i.UnitId), ErrorCodes.InvalidValue)
            .That(i.Kind != AccreditationKind.Institutional || unit.Kind == OrganizationUnitKind.University, nameof(i.UnitId),
                ErrorCodes.InvalidValue)
            .That(i.Decision == AccreditationDecision.Pending || i.DecidedOn != null, nameof(i.DecidedOn), ErrorCodes.Required)
            .That(i.DecidedOn == null || i.DecidedOn <= local.Today, nameof(i.DecidedOn), ErrorCodes.InvalidValue)
            .That(!decided || i.ValidFrom != null, nameof(i.ValidFrom), ErrorCodes.Required)
            .That(!decided || i.ValidTo != null, nameof(i.ValidTo), ErrorCodes.Required)
            .That(decided || i.ValidFrom == null && i.ValidTo == null, nameof(i.ValidFrom), ErrorCodes.InvalidValue)
            .That(i.ValidFrom == null || i.ValidTo == null || i.ValidFrom < i.ValidTo, nameof(i.ValidTo), AccreditationErrorCodes.ValidityOrder)
            .That(i.Decision != AccreditationDecision.Conditional || !string.IsNullOrWhiteSpace(i.Conditions), nameof(i.Conditions),
                ErrorCodes.Required)
            .That(i.Decision != AccreditationDecision.Conditional || i.FollowUpDueOn != null, nameof(i.FollowUpDueOn), ErrorCodes.Required)
            .That(i.Decision == AccreditationDecision.Conditional || i.FollowUpDueOn == null, nameof(i.FollowUpDueOn), ErrorCodes.InvalidValue)
            .That(i.FollowUpDueOn == null || i.ValidFrom == null || i.ValidTo == null
                || i.FollowUpDueOn >= i.ValidFrom && i.FollowUpDueOn <= i.ValidTo, nameof(i.FollowUpDueOn),
                AccreditationErrorCodes.FollowUpOutsideValidity)
            .Optional(nameof(i.Conditions), i.Conditions, ExternalAccreditationConsts.LongTextMax)
            .Optional(nameof(i.Recommendations), i.Recommendations, ExternalAccreditationConsts.LongTextMax)
            .That(i.Kind != AccreditationKind.Specialised || i.ProgrammeIds.Count > 0, nameof(i.ProgrammeIds), ErrorCodes.Required)
            .That(i.Kind != AccreditationKind.Institutional || i.ProgrammeIds.Count == 0, nameof(i.ProgrammeIds), ErrorCodes.InvalidValue);
        var known = await ProgrammesAsync(ct);
        if (i.ProgrammeIds.Any(p => !known.TryGetValue(p, out var x) || x.SchoolId != unit.Id))
            check.Add(nameof(i.ProgrammeIds), AccreditationErrorCodes.ProgrammeNotInSchool);
        if (i.RenewalOfId is { } renewed)
        {
            var target = await repo.FindAsync(renewed, ct);
            if (renewed == id || target == null || target.UnitId != unit.Id || !AccreditationRules.IsDecided(target.Decision))
                check.Add(nameof(i.RenewalOfId), AccreditationErrorCodes.RenewalTarget);
        }
        check.ThrowIfAny();
        var a = new AccreditationDto
        {
            Id = id, UnitId = unit.Id, AgencyId = i.AgencyId, Kind = i.Kind, Reach = i.Reach, Decision = i.Decision, DecidedOn = i.DecidedOn,
            ValidFrom = i.ValidFrom, ValidTo = i.ValidTo, FollowUpDueOn = i.FollowUpDueOn, Conditions = Trim(i.Conditions),
            Recommendations = Trim(i.Recommendations), RenewalOfId = i.RenewalOfId, ProgrammeIds = i.ProgrammeIds.Distinct().ToList(),
        };
        var today = local.Today;
        if ((await repo.ByAgencyAsync(i.AgencyId, ct)).Any(b => AccreditationRules.Conflicts(a, b, today)))
            throw new QaException(AccreditationErrorCodes.Overlap, 409);
        return a;
    }

    /// <summary>A conditional decision opens its follow-up report, or moves the open one to the new due day.</summary>
    private async Task OpenFollowUpAsync(AccreditationDto a, CancellationToken ct)
    {
        if (a.FollowUpDueOn is not { } due) return;
        var existing = (await repo.ReportsAsync(a.Id, ct)).Where(r => r.Kind == MonitoringReportKind.FollowUp).ToList();
        if (existing.Count > 0)
        {
            await repo.MoveOpenFollowUpAsync(a.Id, due, clock.UtcNow, audit.By, ct);
            return;
        }
        await repo.InsertReportAsync(new MonitoringReportDto
        {
            Id = Guid.NewGuid(), AccreditationId = a.Id, Kind = MonitoringReportKind.FollowUp, DueOn = due,
        }, clock.UtcNow, audit.By, ct);
    }

    private async Task<Dictionary<Guid, ProgrammeDto>> ProgrammesAsync(CancellationToken ct) =>
        _programmes ??= (await programmes.GetProgrammesAsync(ct)).ToDictionary(p => p.Id);

    private async Task<int[]> ThresholdsAsync(CancellationToken ct) =>
    [
        await settings.GetIntAsync(AccreditationSettings.FirstWarningMonths, ct),
        await settings.GetIntAsync(AccreditationSettings.SecondWarningMonths, ct),
        await settings.GetIntAsync(AccreditationSettings.LastWarningMonths, ct),
    ];

    private async Task<List<AccreditationDto>> EnrichAsync(IReadOnlyList<AccreditationDto> list, CancellationToken ct)
    {
        var today = local.Today;
        var thresholds = await ThresholdsAsync(ct);
        var agencyList = (await agencies.ListAsync(ct)).ToDictionary(x => x.Id);
        var known = await ProgrammesAsync(ct);
        var renewals = new Dictionary<Guid, AccreditationDto?>();
        foreach (var a in list)
        {
            a.UnitName = await units.NameAsync(a.UnitId, ct);
            var agency = agencyList.GetValueOrDefault(a.AgencyId);
            a.AgencyCode = agency?.Code ?? "";
            a.AgencyName = agency?.Name ?? "";
            a.ProgrammeNames = a.ProgrammeIds.Select(p => known.GetValueOrDefault(p) is { } x ? $"{x.GroupCode} {x.Title}" : "").ToList();
            var renewal = renewals.TryGetValue(a.Id, out var r) ? r : renewals[a.Id] = await repo.FindRenewalAsync(a.Id, ct);
            a.WarningMonths = a.ValidTo is { } to && AccreditationRules.IsDecided(a.Decision)
                ? AccreditationRules.WarningMonths(to, today, thresholds) : null;
            a.Status = AccreditationRules.Status(a, renewal, today, a.WarningMonths);
        }
        return [.. list];
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
