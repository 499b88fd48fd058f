using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Every minute, fires timers that are overdue by more than a minute: the safety net for a trigger that was never
/// scheduled because the host died between the step's commit and the scheduler call.
/// </summary>
internal sealed class WorkflowTimerSweepJob : Kernel.Scheduling.QaJob
{
    public const string Cron = "0 * * * * ?";

    protected override async Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var now = services.GetRequiredService<IClock>().UtcNow;
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        foreach (var timer in await services.GetRequiredService<WaitRepository>().FindDueTimersAsync(now.AddMinutes(-1), 100, ct))
            await runtime.FireTimerAsync(timer.InstanceId, timer.Id, ct);
    }
}
