using Ektu.Qa.Kernel.Scheduling;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// A BPMN timer is a one-shot Quartz trigger keyed by its wait id; the scheduler applies it after the step commits.
/// A trigger lost between commit and scheduling (a crash in between) is caught by <see cref="WorkflowTimerSweepJob"/>.
/// </summary>
internal sealed class WorkflowTimers(IQaScheduler scheduler)
{
    public const string JobKey = "workflow.timer";

    public Task ScheduleAsync(Guid instanceId, Guid waitId, DateTime dueUtc, CancellationToken ct) =>
        scheduler.ScheduleOnceAsync(JobKey, TriggerKey(waitId), dueUtc,
            new Dictionary<string, string> { ["instanceId"] = instanceId.ToString(), ["waitId"] = waitId.ToString() }, ct);

    public Task UnscheduleAsync(Guid waitId, CancellationToken ct) => scheduler.UnscheduleAsync(TriggerKey(waitId), ct);

    private static string TriggerKey(Guid waitId) => "workflow.timer." + waitId.ToString("N");
}
