using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>
/// Stores the modules' jobs and cron triggers before Quartz's hosted service starts the scheduler. Every node of a
/// cluster does the same, each write one store operation under Quartz's lock.
/// </summary>
internal sealed class QaJobRegistrar(QaScheduler qa, IEnumerable<QaJobRegistration> registrations, IOptions<SchedulingOptions> options,
    ILogger<QaJobRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => RegisterAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RegisterAsync(CancellationToken ct)
    {
        var scheduler = await qa.GetAsync(ct);
        var zone = CronText.Zone(options.Value.TimeZone);
        foreach (var r in registrations)
        {
            var job = JobBuilder.Create().OfType(new JobType(r.JobType)).WithIdentity(r.Key).StoreDurably().RequestRecovery(r.Recover).Build();
            await scheduler.AddJob(job, AddJobOptions.Replacing, ct);
            var triggerKey = new TriggerKey(r.CronTriggerKey);
            var existing = await scheduler.GetTrigger(triggerKey, ct) as ICronTrigger;
            if (r.Cron == null)
            {
                if (existing != null) await scheduler.UnscheduleJob(triggerKey, ct);
                continue;
            }
            if (existing != null && existing.CronExpressionString == r.Cron && existing.TimeZone.Id == zone.Id) continue;
            await scheduler.ScheduleJob(CronTrigger(r.Key, r.CronTriggerKey, r.Cron, zone), ScheduleJobOptions.Replacing, ct);
            logger.LogInformation("Scheduled job {Job} with cron {Cron} in {Zone}", r.Key, r.Cron, zone.Id);
        }
    }

    /// <summary>The recurring trigger of a job: FireAndProceed, so fires missed while no node ran happen once, late.</summary>
    public static ITrigger CronTrigger(string jobKey, string triggerKey, string cron, TimeZoneInfo zone, DateTimeOffset? startAt = null) =>
        TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .StartAt(startAt ?? DateTimeOffset.UtcNow)
            .ForJob(jobKey)
            .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
}
