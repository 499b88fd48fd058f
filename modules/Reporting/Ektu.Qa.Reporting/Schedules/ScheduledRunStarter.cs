using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Reporting.Schedules;

/// <summary>
/// Queues the run of one fire of a schedule under the unique key (schedule, scheduled fire time): a fire delivered twice,
/// on one node or two, inserts one run; the second delivery gets null and does nothing.
/// </summary>
internal sealed class ScheduledRunStarter(IDbSession session, IClock clock)
{
    public static string FireKey(Guid scheduleId, DateTime firedForUtc) => $"{scheduleId:N}:{firedForUtc:yyyyMMddHHmmss}";

    /// <summary>The queued run's id, or null when the schedule is gone or disabled, or this fire already has its run.</summary>
    public async Task<Guid?> QueueAsync(Guid scheduleId, DateTime firedForUtc, CancellationToken ct)
    {
        var firedFor = new DateTime(firedForUtc.Ticks - firedForUtc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
        var schedule = await session.QuerySingleOrDefaultAsync<ScheduleRow>(
            "SELECT report_key AS ReportKey, format, culture, parameters, owner_id AS OwnerId, owner_name AS OwnerName FROM rp_schedules WHERE id " +
                "= @scheduleId AND enabled = 1",
            new { scheduleId }, ct);
        if (schedule == null) return null;
        var runId = Guid.NewGuid();
        var now = clock.UtcNow;
        var sql = session.Dialect.InsertIgnore("rp_runs",
            "id, report_key, schedule_id, fire_key, scheduled_for, status, format, culture, parameters, row_count, attempts, owner_id, owner_name, " +
                "version, created_at, created_by, updated_at, updated_by",
            "@runId, @ReportKey, @scheduleId, @fireKey, @firedFor, 'Queued', @Format, @Culture, @Parameters, 0, 0, @OwnerId, @OwnerName, 1, @now, " +
                "'system', @now, 'system'");
        var inserted = await session.ExecuteAsync(sql, new
        {
            runId, scheduleId, fireKey = FireKey(scheduleId, firedFor), firedFor, now,
            schedule.ReportKey, schedule.Format, schedule.Culture, schedule.Parameters, schedule.OwnerId, schedule.OwnerName,
        }, ct);
        return inserted == 0 ? null : runId;
    }

    private sealed class ScheduleRow
    {
        public string ReportKey { get; init; } = "";
        public string Format { get; init; } = "";
        public string Culture { get; init; } = "";
        public string Parameters { get; init; } = "";
        public Guid OwnerId { get; init; }
        public string OwnerName { get; init; } = "";
    }
}
