using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>The scoped face of <see cref="QaScheduler"/>: defers changes to after the scope's unit of work commits.</summary>
internal sealed class QaSchedulerScoped(QaScheduler scheduler, IDbSession session) : IQaScheduler
{
    public Task ScheduleOnceAsync(string jobKey, string triggerKey, DateTime dueUtc, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        var copy = new Dictionary<string, string>(data);
        return AfterCommit(() => scheduler.ScheduleOnceNowAsync(jobKey, triggerKey, dueUtc, copy, CancellationToken.None), ct);
    }

    public Task ScheduleCronAsync(string jobKey, string triggerKey, string cron, string timeZone, IReadOnlyDictionary<string, string> data,
        CancellationToken ct)
    {
        var expression = CronText.Validate(cron, timeZone);
        var copy = new Dictionary<string, string>(data);
        return AfterCommit(() =>
            scheduler.ScheduleCronNowAsync(jobKey, triggerKey, expression.CronExpressionString, expression.TimeZone, copy, CancellationToken.None),
            ct);
    }

    public Task UnscheduleAsync(string triggerKey, CancellationToken ct) =>
        AfterCommit(() => scheduler.UnscheduleNowAsync(triggerKey, CancellationToken.None), ct);

    public Task TriggerNowAsync(string jobKey, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        var copy = new Dictionary<string, string>(data);
        return AfterCommit(() => scheduler.TriggerNowNowAsync(jobKey, copy, CancellationToken.None), ct);
    }

    public Task<IReadOnlyList<DateTime>> NextFireTimesAsync(string cron, string timeZone, int count) =>
        Task.FromResult(scheduler.NextFireTimes(cron, timeZone, count));

    private async Task AfterCommit(Func<Task> action, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        // Refuse at once rather than after the commit, where the caller could no longer hear about it.
        if (!scheduler.Options.Enabled) throw new InvalidOperationException("Scheduling is disabled (Scheduling:Enabled=false).");
        // Inside a unit of work the session opens its transaction with the connection: that tells the two cases apart.
        await session.GetConnectionAsync(ct);
        if (session.Transaction != null) session.OnCommitted(action);
        else await action();
    }
}
