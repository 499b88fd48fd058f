using Ektu.Qa.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>Executes a queued run (on demand or a retry); the runner's claim makes a second delivery a no-op.</summary>
internal sealed class RunReportJob : QaJob
{
    public const string Key = "Reporting.Run";

    protected override Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        services.GetRequiredService<ReportRunner>().ExecuteAsync(Guid.Parse(context.MergedJobDataMap.GetString("runId")!), ct);
}
