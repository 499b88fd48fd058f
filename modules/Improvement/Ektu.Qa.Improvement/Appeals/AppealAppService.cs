using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.QualityPolicy.Calendar;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>
/// Appeals: handlers see and work on the appeals now at a unit of their scope (an appeal escalated above it leaves their
/// view); applicants see their own. Terms are working days per level (settings), counted from the day the level got it.
/// </summary>
internal sealed class AppealAppService(
    AppealRepository repo, ICapaAppService capa, IUnitDirectory units, IIdentityIntegrationService identity,
    AuditContext<ImprovementContractsModule> audit,
    ICurrentUser user, ImprovementCalendar calendar, ISettingStore settings, IWorkingCalendar workingCalendar,
    AppealProgrammes programmes) : IAppealAppService
{
    private const string Entity = "Appeal";

    private Guid Me => user.Id ?? Guid.Empty;

    public async Task<AppealDto> SubmitAsync(SubmitAppealInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Appeals.Submit);
        // Anyone may address any unit: the applicant's own scope does not limit where an appeal goes.
        var unit = await units.FindAsync(input.UnitId, ct);
        Validate(input, unit != null, staff: false);
        await programmes.EnsureFitsAsync(input.ProgrammeId, unit!, ct);
        var me = (await identity.GetUsersAsync([Me], ct)).SingleOrDefault();
        return await InsertAsync(input, unit!, Me, me?.FullName ?? audit.By, AppealChannel.Web, calendar.Today, ct);
    }

    public async Task<AppealDto> RecordAsync(SubmitAppealInput input, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Appeals.Handle);
        var unit = await units.FindAsync(input.UnitId, ct);
        Validate(input, unit != null && await units.IsVisibleAsync(input.UnitId, ct), staff: true);
        await programmes.EnsureFitsAsync(input.ProgrammeId, unit!, ct);
        return await InsertAsync(input, unit!, null, input.ApplicantName!.Trim(), input.Channel, input.ReceivedOn!.Value, ct);
    }

    public async Task<IReadOnlyList<AppealDto>> GetMineAsync(CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Appeals.Submit);
        return await EnrichAsync(await repo.GetByApplicantAsync(Me, ct), ct);
    }

    public async Task<IReadOnlyList<AppealDto>> GetListAsync(AppealFilter filter, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Appeals.Default);
        var scope = await units.ScopeAsync(ct);
        IEnumerable<AppealDto> list = await EnrichAsync(await repo.GetAsync(scope.All, scope.UnitIds, null, null, ct, filter.ProgrammeId), ct);
        if (filter.State is { } state) list = list.Where(a => a.State == state);
        if (filter.Level is { } level) list = list.Where(a => a.Level == level);
        if (filter.OverdueOnly) list = list.Where(a => a.IsOverdue);
        return [.. list];
    }

    public async Task<AppealDetailsDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var a = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        var handler = await user.HasPermissionAsync(ImprovementPermissions.Appeals.Default)
            && await units.IsVisibleAsync(a.UnitId, ct);
        if (!handler && a.ApplicantUserId != Me) throw new EntityNotFoundException(Entity, id);
        var steps = await repo.GetStepsAsync(id, ct);
        foreach (var s in steps) s.UnitName = await units.NameAsync(s.UnitId, ct);
        var items = await user.HasPermissionAsync(ImprovementPermissions.Capa.Default)
            ? await capa.GetBySourceAsync(CapaSources.Appeal, id, ct)
            : [];
        var programme = a.ProgrammeId is { } pid ? await programmes.FindAsync(pid, ct) : null;
        return new AppealDetailsDto { Appeal = (await EnrichAsync([a], ct))[0], Programme = programme, Steps = steps, Capa = items };
    }

    public async Task<AppealDto> TakeAsync(Guid id, int version, CancellationToken ct = default)
    {
        var a = await LoadHandledAsync(id, ct);
        if (a.State != AppealState.Received)
            throw new QaException(AppealErrorCodes.InvalidTransition, 409, a.State, AppealState.InReview);
        return await SaveAsync(a, version, AppealChange.Of(a) with { State = AppealState.InReview }, "Taken", ct);
    }

    public async Task<AppealDto> EscalateAsync(Guid id, string note, int version, CancellationToken ct = default)
    {
        var a = await LoadHandledAsync(id, ct);
        if (a.State == AppealState.Resolved) throw new QaException(AppealErrorCodes.Resolved, 409);
        var next = AppealRouting.Next(a.Level) ?? throw new QaException(AppealErrorCodes.TopLevel, 409);
        new Check().Required(nameof(note), note, ImprovementConsts.LongTextMax).ThrowIfAny();
        var target = await NextUnitAsync(a.UnitId, next, ct);
        var today = calendar.Today;
        var due = await DueOnAsync(today, next, ct);
        await repo.CloseStepAsync(id, AppealStepOutcome.Escalated, note.Trim(), ct);
        var change = new AppealChange(target.Id, next, AppealState.Received, due, a.Escalations + 1);
        var after = await SaveAsync(a, version, change, "Escalated", ct);
        await repo.InsertStepAsync(id, next, target.Id, today, due, calendar.UtcNow, audit.By, ct);
        return after;
    }

    public async Task<AppealDto> ResolveAsync(Guid id, string resolution, int version, CancellationToken ct = default)
    {
        var a = await LoadHandledAsync(id, ct);
        if (a.State == AppealState.Resolved) throw new QaException(AppealErrorCodes.Resolved, 409);
        new Check().Required(nameof(resolution), resolution, ImprovementConsts.LongTextMax).ThrowIfAny();
        await repo.CloseStepAsync(id, AppealStepOutcome.Resolved, resolution.Trim(), ct);
        var change = AppealChange.Of(a) with { State = AppealState.Resolved, Resolution = resolution.Trim(), ResolvedOn = calendar.Today };
        return await SaveAsync(a, version, change, "Resolved", ct);
    }

    public async Task<CapaItemDto> CreateCapaAsync(Guid id, SaveCapaItemInput input, CancellationToken ct = default)
    {
        var a = await LoadHandledAsync(id, ct);
        input.Source = CapaSources.Appeal;
        input.SourceId = a.Id;
        if (input.UnitId == Guid.Empty) input.UnitId = a.UnitId;
        var item = await capa.CreateAsync(input, ct);
        AuditChange[] raised = [new AuditChange("CapaItemId", null, item.Id.ToString())];
        await audit.WriteAsync(Entity, id, "CapaRaised", raised, ct, unitId: a.UnitId);
        return item;
    }

    public async Task<AppealStatisticsDto> GetStatisticsAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await user.EnsureAsync(ImprovementPermissions.Appeals.Default);
        if (to < from || to > from.AddYears(5)) throw ValidationException.For("To", AppealErrorCodes.InvalidPeriod);
        var scope = await units.ScopeAsync(ct);
        var rows = await repo.GetAsync(scope.All, scope.UnitIds, from, to, ct);
        return AppealStatistics.Compute(rows, from, to, calendar.Today);
    }

    private void Validate(SubmitAppealInput input, bool unitOk, bool staff)
    {
        var check = new Check()
            .Required(nameof(input.Subject), input.Subject, ImprovementConsts.SubjectMax)
            .Required(nameof(input.Text), input.Text, ImprovementConsts.LongTextMax)
            .That(unitOk, nameof(input.UnitId), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(input.Kind), nameof(input.Kind), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(input.Formality), nameof(input.Formality), ErrorCodes.InvalidValue)
            .That(Enum.IsDefined(input.ApplicantKind), nameof(input.ApplicantKind), ErrorCodes.InvalidValue);
        if (staff)
        {
            check.Required(nameof(input.ApplicantName), input.ApplicantName, ImprovementConsts.ApplicantNameMax)
                .That(input.Channel is AppealChannel.Written or AppealChannel.Oral, nameof(input.Channel), ErrorCodes.InvalidValue)
                .That(input.ReceivedOn != null, nameof(input.ReceivedOn), ErrorCodes.Required)
                .That(input.ReceivedOn == null || input.ReceivedOn <= calendar.Today, nameof(input.ReceivedOn), ErrorCodes.InvalidValue);
        }
        check.ThrowIfAny();
    }

    private async Task<AppealDto> InsertAsync(SubmitAppealInput input, OrganizationUnitDto unit, Guid? applicantId, string applicantName,
        AppealChannel channel, DateOnly receivedOn, CancellationToken ct)
    {
        var level = AppealRouting.LevelOf(unit.Kind);
        var a = new AppealDto
        {
            Id = Guid.NewGuid(), ApplicantKind = input.ApplicantKind, ApplicantUserId = applicantId, ApplicantName = applicantName,
            Channel = channel, Kind = input.Kind, Formality = input.Formality, Subject = input.Subject.Trim(), Text = input.Text.Trim(),
            UnitId = unit.Id, ProgrammeId = input.ProgrammeId, Level = level, ReceivedOn = receivedOn,
            DueOn = await DueOnAsync(receivedOn, level, ct),
        };
        await repo.InsertAsync(a, calendar.UtcNow, audit.By, ct);
        await repo.InsertStepAsync(a.Id, level, unit.Id, receivedOn, a.DueOn, calendar.UtcNow, audit.By, ct);
        var after = (await repo.FindAsync(a.Id, ct))!;
        await audit.WriteAsync(Entity, a.Id, "Received", AuditChanges.Between(null, after), ct, unitId: after.UnitId);
        return (await EnrichAsync([after], ct))[0];
    }

    private async Task<AppealDto> SaveAsync(AppealDto before, int version, AppealChange change, string action, CancellationToken ct)
    {
        await repo.UpdateAsync(before.Id, version, change, calendar.UtcNow, audit.By, ct);
        var after = (await repo.FindAsync(before.Id, ct))!;
        await audit.WriteAsync(Entity, before.Id, action, AuditChanges.Between(before, after), ct, unitId: after.UnitId);
        return (await EnrichAsync([after], ct))[0];
    }

    /// <summary>An appeal the caller handles: the permission, and the appeal now at a unit of their scope.</summary>
    private async Task<AppealDto> LoadHandledAsync(Guid id, CancellationToken ct)
    {
        var a = await repo.FindAsync(id, ct) ?? throw new EntityNotFoundException(Entity, id);
        await units.EnsureVisibleAsync(a.UnitId, Entity, id, ct);
        await user.EnsureAsync(ImprovementPermissions.Appeals.Handle);
        return a;
    }

    private async Task<OrganizationUnitDto> NextUnitAsync(Guid unitId, AppealLevel next, CancellationToken ct)
    {
        if (next == AppealLevel.School && await units.AncestorAsync(unitId, OrganizationUnitKind.School, ct) is { } school)
            return school;
        return await units.AncestorAsync(unitId, OrganizationUnitKind.University, ct)
            ?? (await units.UnitsAsync(ct)).Values.First(u => u.ParentId == null);
    }

    private async Task<DateOnly> DueOnAsync(DateOnly start, AppealLevel level, CancellationToken ct)
    {
        var days = await settings.GetIntAsync(level switch
        {
            AppealLevel.Department => AppealSettings.DepartmentDays,
            AppealLevel.School => AppealSettings.SchoolDays,
            _ => AppealSettings.UniversityDays,
        }, ct);
        var exceptions = await workingCalendar.GetExceptionsAsync(start, AppealRouting.Horizon(start, days), ct);
        var calendarDays = new WorkingDays(exceptions);
        return AppealRouting.DueOn(calendarDays, start, days);
    }

    private async Task<List<AppealDto>> EnrichAsync(IReadOnlyList<AppealDto> list, CancellationToken ct)
    {
        var today = calendar.Today;
        foreach (var a in list)
        {
            a.UnitName = await units.NameAsync(a.UnitId, ct);
            a.IsOverdue = AppealRouting.IsOverdue(a.State, a.DueOn, today);
        }
        return [.. list];
    }
}
