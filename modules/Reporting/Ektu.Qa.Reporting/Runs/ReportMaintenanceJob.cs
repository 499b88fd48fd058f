using Ektu.Qa.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>
/// Every minute: runs left Running by a host that died (stale heartbeat) are queued again (or failed after
/// <see cref="ReportingOptions.MaxAttempts"/>), their temp files removed; then the retention policy purges archived
/// files (keep N per schedule, keep N days).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ReportMaintenanceJob : QaJob
{
    public const string Key = "Reporting.Maintenance";

    protected override async Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var maintenance = services.GetRequiredService<ReportMaintenance>();
        foreach (var runId in await maintenance.RequeueInterruptedAsync(ct))
            await services.GetRequiredService<IQaScheduler>()
                .TriggerNowAsync(RunReportJob.Key, new Dictionary<string, string> { ["runId"] = runId.ToString() }, ct);
        await maintenance.PurgeAsync(ct);
    }
}
