using Ektu.Qa.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>Fires one BPMN timer; idempotent, so a late or repeated fire of a disarmed timer does nothing.</summary>
internal sealed class WorkflowTimerJob : QaJob
{
    protected override async Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var data = context.MergedJobDataMap;
        if (!Guid.TryParse(data.GetString("instanceId"), out var instanceId) || !Guid.TryParse(data.GetString("waitId"), out var waitId)) return;
        await services.GetRequiredService<WorkflowRuntime>().FireTimerAsync(instanceId, waitId, ct);
    }
}
