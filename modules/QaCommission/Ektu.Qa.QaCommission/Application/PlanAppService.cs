using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.QaCommission.Data;
using Ektu.Qa.QaCommission.Permissions;
using Ektu.Qa.QaCommission.Plans;

namespace Ektu.Qa.QaCommission.Application;

/// <summary>The annual work plan and the monitoring calendar plan (004 §3.1, §7.1).</summary>
internal sealed class PlanAppService(PlanRepository repo, CommissionAccess access, IAuditLog audit, ICurrentUser user, QcCalendar calendar) : IPlanAppService
{
    private const string Module = "QaCommission";

    private string By => user.UserName ?? "system";

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
        await access.LoadRunnableAsync(commissionId, QaCommissionPermissions.Plans.Manage, ct);
        if (academicYear is < 2000 or > 2100) throw ValidationException.For("AcademicYear", ErrorCodes.InvalidValue);
        if (await repo.PlanExistsAsync(commissionId, academicYear, ct)) throw new QaException(QaCommissionErrorCodes.PlanExists, 409);
        var id = Guid.NewGuid();
        await repo.InsertPlanAsync(id, commissionId, academicYear, calendar.UtcNow, By, ct);
        var p = (await repo.FindPlanAsync(id, ct))!;
        await audit.WriteAsync(Module, "WorkPlan", id, "Created", AuditChanges.Between(null, p), ct);
        return p;
    }

    public async Task<WorkPlanDto> AddItemAsync(Guid planId, SaveWorkPlanItemInput input, CancellationToken ct = default)
    {
        var p = await LoadPlanAsync(planId, ct);
        if (p.Status != WorkPlanStatus.Draft) throw new QaException(QaCommissionErrorCodes.PlanLocked, 409);
        new Check()
            .Required(nameof(input.Title), input.Title, QaCommissionConsts.TextMax)
            .Required(nameof(input.Responsible), input.Responsible, QaCommissionConsts.ResponsibleMax)
            .ThrowIfAny();
        await repo.UpdatePlanAsync(planId, input.Version, p.Status, p.ApprovedOn, calendar.UtcNow, By, ct);
        var item = new WorkPlanItemDto
        {
            Id = Guid.NewGuid(), Seq = (await repo.GetItemsAsync(planId, ct)).Count + 1, Title = input.Title.Trim(), Responsible = input.Responsible.Trim(), DueOn = input.DueOn,
        };
        await repo.InsertItemAsync(planId, item, calendar.UtcNow, By, ct);
        await audit.WriteAsync(Module, "WorkPlan", planId, "ItemAdded", AuditChanges.Between(null, item), ct);
        var after = (await repo.FindPlanAsync(planId, ct))!;
        after.Items = await repo.GetItemsAsync(planId, ct);
        return after;
    }

    public async Task<WorkPlanDto> SetStatusAsync(Guid planId, WorkPlanStatus status, DateOnly? approvedOn, int version, CancellationToken ct = default)
    {
        var p = await LoadPlanAsync(planId, ct);
        var allowed = (p.Status, status) switch
        {
            (WorkPlanStatus.Draft, WorkPlanStatus.OnApproval) => true,
            (WorkPlanStatus.OnApproval, WorkPlanStatus.Draft) => true,
            (WorkPlanStatus.OnApproval, WorkPlanStatus.Approved) => true,
            _ => false,
        };
        if (!allowed) throw new QaException(QaCommissionErrorCodes.InvalidTransition, 409, p.Status, status);
        if (status == WorkPlanStatus.Approved && (approvedOn == null || approvedOn > calendar.Today)) throw ValidationException.For("ApprovedOn", ErrorCodes.Required);
        await repo.UpdatePlanAsync(planId, version, status, status == WorkPlanStatus.Approved ? approvedOn : null, calendar.UtcNow, By, ct);
        var after = (await repo.FindPlanAsync(planId, ct))!;
        await audit.WriteAsync(Module, "WorkPlan", planId, "Status" + status, AuditChanges.Between(p, after), ct);
        after.Items = await repo.GetItemsAsync(planId, ct);
        return after;
    }

    public async Task<IReadOnlyList<MonitoringEventDto>> GetEventsAsync(Guid commissionId, CancellationToken ct = default)
    {
        await user.EnsureAsync(QaCommissionPermissions.Commissions.Default);
        await access.LoadVisibleAsync(commissionId, ct);
        return await repo.GetEventsAsync(commissionId, ct);
    }

    public async Task<MonitoringEventDto> AddEventAsync(Guid commissionId, SaveMonitoringEventInput input, CancellationToken ct = default)
    {
        await access.LoadRunnableAsync(commissionId, QaCommissionPermissions.Plans.Manage, ct);
        new Check()
            .Required(nameof(input.Programme), input.Programme, QaCommissionConsts.ResponsibleMax)
            .Optional(nameof(input.Course), input.Course, QaCommissionConsts.ResponsibleMax)
            .Required(nameof(input.Title), input.Title, QaCommissionConsts.TextMax)
            .Required(nameof(input.Responsible), input.Responsible, QaCommissionConsts.ResponsibleMax)
            .That(input.StartsOn != null, nameof(input.StartsOn), ErrorCodes.Required)
            .That(input.EndsOn != null, nameof(input.EndsOn), ErrorCodes.Required)
            .That(input.StartsOn == null || input.EndsOn == null || input.EndsOn >= input.StartsOn, nameof(input.EndsOn), ErrorCodes.InvalidValue)
            .ThrowIfAny();
        var e = new MonitoringEventDto
        {
            Id = Guid.NewGuid(), CommissionId = commissionId, Programme = input.Programme.Trim(), Course = string.IsNullOrWhiteSpace(input.Course) ? null : input.Course.Trim(),
            Title = input.Title.Trim(), Responsible = input.Responsible.Trim(), StartsOn = input.StartsOn!.Value, EndsOn = input.EndsOn!.Value, Version = 1,
        };
        await repo.InsertEventAsync(e, calendar.UtcNow, By, ct);
        await audit.WriteAsync(Module, "MonitoringEvent", e.Id, "Created", AuditChanges.Between(null, e), ct);
        return e;
    }

    public async Task RemoveEventAsync(Guid eventId, int version, CancellationToken ct = default)
    {
        var e = await repo.FindEventAsync(eventId, ct) ?? throw new EntityNotFoundException("MonitoringEvent", eventId);
        try
        {
            await access.LoadRunnableAsync(e.CommissionId, QaCommissionPermissions.Plans.Manage, ct);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("MonitoringEvent", eventId);
        }
        await repo.DeleteEventAsync(eventId, version, ct);
        await audit.WriteAsync(Module, "MonitoringEvent", eventId, "Deleted", AuditChanges.Between(e, null), ct);
    }

    private async Task<WorkPlanDto> LoadPlanAsync(Guid planId, CancellationToken ct)
    {
        var p = await repo.FindPlanAsync(planId, ct) ?? throw new EntityNotFoundException("WorkPlan", planId);
        try
        {
            await access.LoadRunnableAsync(p.CommissionId, QaCommissionPermissions.Plans.Manage, ct);
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException("WorkPlan", planId);
        }
        return p;
    }
}
