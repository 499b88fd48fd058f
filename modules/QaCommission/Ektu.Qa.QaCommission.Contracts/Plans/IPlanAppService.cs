namespace Ektu.Qa.QaCommission.Plans;

/// <summary>Annual work plans and the monitoring calendar plan (004 §3.1, §7.1).</summary>
public interface IPlanAppService
{
    Task<IReadOnlyList<WorkPlanDto>> GetPlansAsync(Guid commissionId, CancellationToken ct = default);

    Task<WorkPlanDto> CreatePlanAsync(Guid commissionId, int academicYear, CancellationToken ct = default);

    /// <summary>Adds a line to a Draft plan.</summary>
    Task<WorkPlanDto> AddItemAsync(Guid planId, SaveWorkPlanItemInput input, CancellationToken ct = default);

    /// <summary>Draft → OnApproval → Approved (the approval date recorded); OnApproval → Draft sends it back.</summary>
    Task<WorkPlanDto> SetStatusAsync(Guid planId, WorkPlanStatus status, DateOnly? approvedOn, int version, CancellationToken ct = default);

    /// <summary>
    /// A Draft plan with at least one line starts the <c>qc-work-plan-approval</c> process in the commission's school
    /// (business key <c>qc-work-plan:{id}</c>) and goes OnApproval; a second submit while it runs is a conflict.
    /// </summary>
    Task<WorkPlanDto> SubmitForApprovalAsync(Guid planId, int version, CancellationToken ct = default);

    Task<IReadOnlyList<MonitoringEventDto>> GetEventsAsync(Guid commissionId, CancellationToken ct = default);

    Task<MonitoringEventDto> AddEventAsync(Guid commissionId, SaveMonitoringEventInput input, CancellationToken ct = default);

    /// <summary>Marks the event held today (or not held again, <paramref name="done"/> false).</summary>
    Task<MonitoringEventDto> SetEventDoneAsync(Guid eventId, bool done, int version, CancellationToken ct = default);

    Task RemoveEventAsync(Guid eventId, int version, CancellationToken ct = default);
}
