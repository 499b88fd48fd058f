using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary>The annual work plan and the monitoring calendar plan (004 §3.1, §7.1).</summary>
internal sealed class PlanAppService(
    PlanRepository repo, CommissionAccess access, IWorkflowIntegrationService workflow, AuditContext<QaCommissionContractsModule> audit,
        ICurrentUser user, QaCommissionCalendar calendar, IProgrammeIntegrationService programmes) : IPlanAppService
{
    public const string ProcessKey = "qc-work-plan-approval";

    private const string BusinessKeyPrefix = "qc-work-plan:";

    public async Task<IReadOnlyList<WorkPlanDto>> GetPlansAsync(Guid commissionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        await access.LoadVisibleAsync(commissionId, ct);
        var plans = await repo.GetPlansAsync(commissionId, ct);
        foreach (var p in plans) p.Items = await repo.GetItemsAsync(p.Id, ct);
        return plans;
    }

    public async Task<WorkPlanDto> CreatePlanAsync(Guid commissionId, int academicYear, CancellationToken ct = default)
    {
        var c = await access.LoadRunnableAsync(commissionId, QaCommissionPermissions.Plans.Manage, ct);
        if (academicYear is < 2000 or > 2100) throw ValidationException.For("AcademicYear", ErrorCodes.InvalidValue);
        if (await repo.PlanExistsAsync(commissionId, academicYear, ct)) throw new QaException(QaCommissionErrorCodes.PlanExists, 409);
        var id = Guid.NewGuid();
        await repo.InsertPlanAsync(id, commissionId, academicYear, calendar.UtcNow, audit.By, ct);
        var p = (await repo.FindPlanAsync(id, ct))!;
        await audit.WriteAsync("WorkPlan", id, "Created", AuditChanges.Between(null, p), ct, unitId: c.SchoolUnitId);
        return p;
    }

    public async Task<WorkPlanDto> AddItemAsync(Guid planId, SaveWorkPlanItemInput input, CancellationToken ct = default)
    {
        var (p, unitId) = await LoadPlanAsync(planId, ct);
        if (p.Status != WorkPlanStatus.Draft) throw new QaException(QaCommissionErrorCodes.PlanLocked, 409);
        new Check()
            .Required(nameof(input.Title), input.Title, QaCommissionConsts.TextMax)
            .Required(nameof(input.Responsible), input.Responsible, QaCommissionConsts.ResponsibleMax)
            .ThrowIfAny();
        await repo.UpdatePlanAsync(planId, input.Version, p.Status, p.ApprovedOn, calendar.UtcNow, audit.By, ct);
        var item = new WorkPlanItemDto
        {
            Id = Guid.NewGuid(), Seq = (await repo.GetItemsAsync(planId, ct)).Count + 1, Title = input.Title.Trim(),
                Responsible = input.Responsible.Trim(), DueOn = input.DueOn,
        };
        await repo.InsertItemAsync(planId, item, calendar.UtcNow, audit.By, ct);
        await audit.WriteAsync("WorkPlan", planId, "ItemAdded", AuditChanges.Between(null, item), ct, unitId: unitId);
        var after = (await repo.FindPlanAsync(planId, ct))!;
        after.Items = await repo.GetItemsAsync(planId, ct);
        return after;
    }

    public async Task<WorkPlanDto> SetStatusAsync(Guid planId, WorkPlanStatus status, DateOnly? approvedOn, int version,
        CancellationToken ct = default)
    {
        var (p, unitId) = await LoadPlanAsync(planId, ct);
        // While the approval process runs it owns the status: its handlers move the plan, not a manual call.
        if (p.Status == WorkPlanStatus.OnApproval && p.ApprovalInstanceId != null) throw new QaException(WorkPlanErrorCodes.ApprovalRunning, 409);
        var allowed = (p.Status, status) switch
        {
            (WorkPlanStatus.Rejected, WorkPlanStatus.Draft) => true,
            (WorkPlanStatus.Draft, WorkPlanStatus.OnApproval) => true,
            (WorkPlanStatus.OnApproval, WorkPlanStatus.Draft) => true,
            (WorkPlanStatus.OnApproval, WorkPlanStatus.Approved) => true,
            _ => false,
        };
        if (!allowed) throw new QaException(QaCommissionErrorCodes.InvalidTransition, 409, p.Status, status);
        if (status == WorkPlanStatus.Approved && (approvedOn == null || approvedOn > calendar.Today)) throw
            ValidationException.For("ApprovedOn", ErrorCodes.Required);
        await repo.UpdatePlanAsync(planId, version, status, status == WorkPlanStatus.Approved ? approvedOn : null, calendar.UtcNow, audit.By, ct);
        var after = (await repo.FindPlanAsync(planId, ct))!;
        await audit.WriteAsync("WorkPlan", planId, "Status" + status, AuditChanges.Between(p, after), ct, unitId: unitId);
        after.Items = await repo.GetItemsAsync(planId, ct);
        return after;
    }

    public static string BusinessKey(Guid planId) => BusinessKeyPrefix + planId;

    public static Guid? PlanIdOf(string businessKey) =>
        businessKey.StartsWith(BusinessKeyPrefix, StringComparison.Ordinal)
            && Guid.TryParse(businessKey[BusinessKeyPrefix.Length..], out var id) ? id : null;

    public async Task<WorkPlanDto> SubmitForApprovalAsync(Guid planId, int version, CancellationToken ct = default)
    {
        var p = await repo.FindPlanAsync(planId, ct) ?? throw new EntityNotFoundException("WorkPlan", planId);
        Commissions.CommissionDto c;
        try
        {
            c = await access.LoadRunnableAsync(p.CommissionId, QaCommissionPermissions.Plans.Manage, ct);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("WorkPlan", planId);
        }
        if (p.Status == WorkPlanStatus.OnApproval) throw new QaException(WorkPlanErrorCodes.ApprovalRunning, 409);
        if (p.Status != WorkPlanStatus.Draft) throw new QaException(QaCommissionErrorCodes.InvalidTransition, 409,
            p.Status, WorkPlanStatus.OnApproval);
        if ((await repo.GetItemsAsync(planId, ct)).Count == 0) throw new QaException(WorkPlanErrorCodes.PlanEmpty, 409);
        // A stale page starts nothing (the update below checks the version again inside the same transaction).
        if (p.Version != version) throw new ConcurrencyConflictException("WorkPlan", planId);
        var instance = await workflow.StartAsync(ProcessKey, BusinessKey(planId), c.SchoolUnitId, new JsonObject
        {
            ["initiator"] = user.UserName, ["planYear"] = p.AcademicYear, ["commissionId"] = c.Id.ToString(),
        }, ct);
        await repo.UpdateApprovalAsync(planId, version, WorkPlanStatus.OnApproval, instance, null, null, calendar.UtcNow, audit.By, ct);
        var after = (await repo.FindPlanAsync(planId, ct))!;
        await audit.WriteAsync("WorkPlan", planId, "SubmittedForApproval", AuditChanges.Between(p, after), ct, unitId: c.SchoolUnitId);
        after.Items = await repo.GetItemsAsync(planId, ct);
        return after;
    }

    /// <summary>
    /// The process's outcome (its service tasks, in the step's transaction; the process checked who may decide):
    /// Approved with today's date, Draft with the returning level's comment, or Rejected. The unit is the instance's (the commission's school).
    /// </summary>
    internal async Task<bool> ConcludeAsync(Guid planId, Guid instanceId, Guid unitId, WorkPlanStatus outcome, string? comment, CancellationToken ct)
    {
        var p = await repo.FindPlanAsync(planId, ct);
        // An instance that is no longer the plan's own (a plan sent back and resubmitted) changes nothing.
        if (p == null || p.ApprovalInstanceId != instanceId || p.Status != WorkPlanStatus.OnApproval) return false;
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (text is { Length: > QaCommissionConsts.EvidenceMax }) text = text[..QaCommissionConsts.EvidenceMax];
        await repo.UpdateApprovalAsync(planId, p.Version, outcome, instanceId, outcome == WorkPlanStatus.Approved ? calendar.Today : null,
            outcome == WorkPlanStatus.Approved ? null : text, calendar.UtcNow, audit.By, ct);
        var after = (await repo.FindPlanAsync(planId, ct))!;
        await audit.WriteAsync("WorkPlan", planId, "Approval" + outcome, AuditChanges.Between(p, after), ct, unitId: unitId);
        return true;
    }

    public async Task<IReadOnlyList<MonitoringEventDto>> GetEventsAsync(Guid commissionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        await access.LoadVisibleAsync(commissionId, ct);
        return await repo.GetEventsAsync(commissionId, ct);
    }

    public async Task<MonitoringEventDto> AddEventAsync(Guid commissionId, SaveMonitoringEventInput input, CancellationToken ct = default)
    {
        var c = await access.LoadRunnableAsync(commissionId, QaCommissionPermissions.Plans.Manage, ct);
        var programme = await ProgrammeOfAsync(input.ProgrammeId, c.SchoolUnitId, ct);
        var check = new Check();
        if (programme == null) check.Required(nameof(input.Programme), input.Programme, QaCommissionConsts.ResponsibleMax);
        else check.Optional(nameof(input.Programme), input.Programme, QaCommissionConsts.ResponsibleMax);
        check
            .Optional(nameof(input.Course), input.Course, QaCommissionConsts.ResponsibleMax)
            .Required(nameof(input.Title), input.Title, QaCommissionConsts.TextMax)
            .Required(nameof(input.Responsible), input.Responsible, QaCommissionConsts.ResponsibleMax)
            .That(input.StartsOn != null, nameof(input.StartsOn), ErrorCodes.Required)
            .That(input.EndsOn != null, nameof(input.EndsOn), ErrorCodes.Required)
            .That(input.StartsOn == null || input.EndsOn == null || input.EndsOn >= input.StartsOn, nameof(input.EndsOn), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        var e = new MonitoringEventDto
        {
            Id = Guid.NewGuid(), CommissionId = commissionId, ProgrammeId = programme?.Id,
                Programme = string.IsNullOrWhiteSpace(input.Programme) ? programme!.GroupCode : input.Programme.Trim(),
                Course = string.IsNullOrWhiteSpace(input.Course) ? null : input.Course.Trim(),
            Title = input.Title.Trim(), Responsible = input.Responsible.Trim(), StartsOn = input.StartsOn!.Value,
                EndsOn = input.EndsOn!.Value, Version = 1,
        };
        await repo.InsertEventAsync(e, calendar.UtcNow, audit.By, ct);
        await audit.WriteAsync("MonitoringEvent", e.Id, "Created", AuditChanges.Between(null, e), ct, unitId: c.SchoolUnitId);
        return e;
    }

    public async Task<MonitoringEventDto> SetEventDoneAsync(Guid eventId, bool done, int version, CancellationToken ct = default)
    {
        var (e, unitId) = await LoadEventAsync(eventId, ct);
        await repo.SetEventDoneAsync(eventId, version, done ? calendar.Today : null, calendar.UtcNow, audit.By, ct);
        var after = (await repo.FindEventAsync(eventId, ct))!;
        await audit.WriteAsync("MonitoringEvent", eventId, done ? "Done" : "NotDone", AuditChanges.Between(e, after), ct, unitId: unitId);
        return after;
    }

    public async Task RemoveEventAsync(Guid eventId, int version, CancellationToken ct = default)
    {
        var (e, unitId) = await LoadEventAsync(eventId, ct);
        await repo.DeleteEventAsync(eventId, version, ct);
        await audit.WriteAsync("MonitoringEvent", eventId, "Deleted", AuditChanges.Between(e, null), ct, unitId: unitId);
    }

    /// <summary>
    /// The register's programme an event is planned on: one of the commission's school, still running (a closed or suspended
    /// programme takes no new check); null when the event names its programme by text only.
    /// </summary>
    private async Task<ProgrammeDto?> ProgrammeOfAsync(Guid? programmeId, Guid schoolUnitId, CancellationToken ct)
    {
        if (programmeId is not { } id) return null;
        var p = await programmes.FindProgrammeAsync(id, ct)
            ?? throw ValidationException.For(nameof(SaveMonitoringEventInput.ProgrammeId), WorkPlanErrorCodes.ProgrammeUnknown);
        if (p.SchoolId != schoolUnitId)
            throw ValidationException.For(nameof(SaveMonitoringEventInput.ProgrammeId), WorkPlanErrorCodes.ProgrammeOtherSchool);
        if (p.Status is ProgrammeStatus.Closed or ProgrammeStatus.Suspended)
            throw ValidationException.For(nameof(SaveMonitoringEventInput.ProgrammeId), WorkPlanErrorCodes.ProgrammeClosed);
        return p;
    }

    private async Task<(MonitoringEventDto Event, Guid UnitId)> LoadEventAsync(Guid eventId, CancellationToken ct)
    {
        var e = await repo.FindEventAsync(eventId, ct) ?? throw new EntityNotFoundException("MonitoringEvent", eventId);
        try
        {
            return (e, (await access.LoadRunnableAsync(e.CommissionId, QaCommissionPermissions.Plans.Manage, ct)).SchoolUnitId);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("MonitoringEvent", eventId);
        }
    }

    private async Task<(WorkPlanDto Plan, Guid UnitId)> LoadPlanAsync(Guid planId, CancellationToken ct)
    {
        var p = await repo.FindPlanAsync(planId, ct) ?? throw new EntityNotFoundException("WorkPlan", planId);
        try
        {
            return (p, (await access.LoadRunnableAsync(p.CommissionId, QaCommissionPermissions.Plans.Manage, ct)).SchoolUnitId);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("WorkPlan", planId);
        }
    }
}
