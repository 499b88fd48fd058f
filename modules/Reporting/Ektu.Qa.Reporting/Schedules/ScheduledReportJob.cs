using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Reporting.Runs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Reporting.Schedules;

/// <summary>
/// A schedule's fire: queues its run under the unique key (schedule, scheduled fire time) — a fire delivered twice,
/// on one node or two, produces one run — then executes it. A failing report fails its run, never the trigger.
/// </summary>
internal sealed class ScheduledReportJob : QaJob
{
    public const string Key = "Reporting.Scheduled";

    protected override async Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var scheduleId = Guid.Parse(context.MergedJobDataMap.GetString("scheduleId")!);
        var firedFor = (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime;
        var runId = await services.GetRequiredService<ScheduledRunStarter>().QueueAsync(scheduleId, firedFor, ct);
        if (runId == null) return;
        // The insert must be visible to the runner's own units of work.
        var session = services.GetRequiredService<IDbSession>();
        await session.CommitAsync(ct);
        await session.BeginAsync(ct);
        await services.GetRequiredService<ReportRunner>().ExecuteAsync(runId.Value, ct);
    }
}
