using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Improvement.Application;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Improvement.Application;

/// <summary>Every morning: overdue appeals and CAPA items tell their handlers and owners, once per overdue state.</summary>
[DisallowConcurrentExecution]
internal sealed class OverdueItemScanJob : QaJob
{
    public const string Key = "QaCommission.OverdueItemScan";

    public const string Cron = "0 10 7 * * ?";

    protected override Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        services.GetRequiredService<OverdueItemScanner>().ScanAsync("system", ct);
}
