using Ektu.Qa.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Improvement.Overdue;

/// <summary>Every morning: overdue appeals and CAPA items tell their handlers and owners, once per overdue state.</summary>
[DisallowConcurrentExecution]
internal sealed class OverdueItemScanJob : QaJob
{
    // The key the job was stored under in Quartz's tables before CAPA and appeals left QaCommission: keeping it replaces
    // the stored job's class at start instead of leaving an orphan whose class no longer exists.
    public const string Key = "QaCommission.OverdueItemScan";

    public const string Cron = "0 10 7 * * ?";

    protected override Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        services.GetRequiredService<OverdueItemScanner>().ScanAsync("system", ct);
}
