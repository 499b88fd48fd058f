using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>Every morning: a Late violation (and its ladder step) once for each open decision past its deadline (004 §7.5).</summary>
[DisallowConcurrentExecution]
internal sealed class OverdueDecisionScanJob : QaJob
{
    public const string Key = "QaCommission.OverdueDecisionScan";

    public const string Cron = "0 0 7 * * ?";

    protected override Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        services.GetRequiredService<FollowUpRunner>().ScanOverdueAsync(UnitScope.Everything, "system", ct);
}
