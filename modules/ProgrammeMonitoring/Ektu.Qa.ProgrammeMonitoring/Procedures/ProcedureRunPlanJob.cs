using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>
/// Every night: plans the runs of every procedure due within the next <see cref="HorizonDays"/> days, so the calendar shows
/// them ahead; idempotent (a run per procedure and due day).
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ProcedureRunPlanJob : QaJob
{
    public const string Key = "ProgrammeMonitoring.ProcedureRunPlan";
    public const string Cron = "0 20 2 * * ?";
    public const int HorizonDays = 90;

    protected override Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        services.GetRequiredService<ProcedureAppService>()
            .PlanDueRunsAsync(services.GetRequiredService<IUserClock>().Today.AddDays(HorizonDays), ct);
}
