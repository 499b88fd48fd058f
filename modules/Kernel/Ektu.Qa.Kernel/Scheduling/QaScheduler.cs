using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>
/// <see cref="IQaScheduler"/> on Quartz. Singleton; the caller's unit of work is found through the ambient HTTP scope
/// or the <see cref="IDbSession"/> it passes in <see cref="QaSchedulerScoped"/> (the scoped facade registered for it).
/// </summary>
internal sealed class QaScheduler(IServiceProvider root, IOptions<SchedulingOptions> options, IClock clock) : IAsyncDisposable
{
    private readonly SemaphoreSlim _init = new(1, 1);
    private IScheduler? _scheduler;

    public SchedulingOptions Options => options.Value;

    /// <summary>The Quartz scheduler, with the application's services in its context (jobs open their scopes from it).</summary>
    public async Task<IScheduler> GetAsync(CancellationToken ct = default)
    {
        if (_scheduler != null) return _scheduler;
        if (!options.Value.Enabled) throw new InvalidOperationException("Scheduling is disabled (Scheduling:Enabled=false).");
        await _init.WaitAsync(ct);
        try
        {
            if (_scheduler != null) return _scheduler;
            var scheduler = await root.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
            if (!scheduler.Context.ContainsKey(QaSchedulerSetup.ServiceProviderKey)) scheduler.Context.Add(QaSchedulerSetup.ServiceProviderKey, root);
            return _scheduler = scheduler;
        }
        finally
        {
            _init.Release();
        }
    }

    public async Task ScheduleOnceNowAsync(string jobKey, string triggerKey, DateTime dueUtc, IReadOnlyDictionary<string, string> data,
        CancellationToken ct)
    {
        var scheduler = await GetAsync(ct);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            .UsingJobData(ToMap(data))
            .StartAt(new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc)))
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, ct);
    }

    public async Task ScheduleCronNowAsync(string jobKey, string triggerKey, string cron, TimeZoneInfo zone, IReadOnlyDictionary<string,
        string> data, CancellationToken ct)
    {
        var scheduler = await GetAsync(ct);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(triggerKey)
            .ForJob(jobKey)
            .UsingJobData(ToMap(data))
            .WithCronSchedule(cron, c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, ct);
    }

    public async Task UnscheduleNowAsync(string triggerKey, CancellationToken ct) =>
        await (await GetAsync(ct)).UnscheduleJob(new TriggerKey(triggerKey), ct);

    public async Task TriggerNowNowAsync(string jobKey, IReadOnlyDictionary<string, string> data, CancellationToken ct) =>
        await (await GetAsync(ct)).TriggerJob(new JobKey(jobKey), ToMap(data), ct);

    public IReadOnlyList<DateTime> NextFireTimes(string cron, string timeZone, int count)
    {
        if (count is < 1 or > 100) throw ValidationException.For("count", "Kernel:InvalidValue");
        var expression = CronText.Validate(cron, timeZone);
        var result = new List<DateTime>(count);
        DateTimeOffset? at = new DateTimeOffset(DateTime.SpecifyKind(clock.UtcNow, DateTimeKind.Utc));
        while (result.Count < count && (at = expression.GetNextValidTimeAfter(at.Value)) != null) result.Add(at.Value.UtcDateTime);
        return result;
    }

    /// <summary>A host that never started the hosted service (tests, the migrate verb) still stops what it created.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_scheduler is { } s && s.Status is not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown))
        {
            try { await s.Shutdown(waitForJobsToComplete: true); }
            catch (SchedulerException) { /* already stopping */ }
        }
        _init.Dispose();
    }

    private static JobDataMap ToMap(IReadOnlyDictionary<string, string> data)
    {
        return new JobDataMap(data.ToDictionary(kv => kv.Key, kv => (object?)kv.Value));
    }
}
