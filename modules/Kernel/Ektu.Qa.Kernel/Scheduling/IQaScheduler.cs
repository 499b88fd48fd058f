namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>
/// The host's one scheduler, for jobs added with <see cref="QaSchedulingExtensions.AddQaJob{TJob}"/>. Calls made inside a
/// unit of work take effect after it commits, so a trigger never fires for a change that was rolled back.
/// </summary>
public interface IQaScheduler
{
    /// <summary>Fires <paramref name="jobKey"/> once at <paramref name="dueUtc"/> (or at once when past); a trigger with the same key is
    /// replaced.</summary>
    Task ScheduleOnceAsync(string jobKey, string triggerKey, DateTime dueUtc, IReadOnlyDictionary<string, string> data, CancellationToken ct);

    /// <summary>
    /// A recurring trigger (Quartz cron, misfire FireAndProceed) for <paramref name="jobKey"/>; a trigger with the same key
    /// is replaced. Invalid cron or zone: <see cref="Errors.ValidationException"/> (fields "cron", "timeZone").
    /// </summary>
    Task ScheduleCronAsync(string jobKey, string triggerKey, string cron, string timeZone, IReadOnlyDictionary<string, string> data,
        CancellationToken ct);

    /// <summary>Removes a trigger; unknown keys are ignored.</summary>
    Task UnscheduleAsync(string triggerKey, CancellationToken ct);

    /// <summary>Fires <paramref name="jobKey"/> now with <paramref name="data"/>.</summary>
    Task TriggerNowAsync(string jobKey, IReadOnlyDictionary<string, string> data, CancellationToken ct);

    /// <summary>The next <paramref name="count"/> fire times (UTC) of a Quartz cron expression in an IANA time zone; throws <see
    /// cref="Errors.ValidationException"/> when either is invalid.</summary>
    Task<IReadOnlyList<DateTime>> NextFireTimesAsync(string cron, string timeZone, int count);
}
