using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.Options;

namespace Ektu.Qa.Reporting.Runs;

/// <summary>Recovery of interrupted runs and the archive's retention; runs in the caller's unit of work.</summary>
internal sealed class ReportMaintenance(IDbSession session, ReportArchive archive, IClock clock, IOptions<ReportingOptions> options)
{
    /// <summary>Returns the runs put back in the queue.</summary>
    public async Task<IReadOnlyList<Guid>> RequeueInterruptedAsync(CancellationToken ct)
    {
        var now = clock.UtcNow;
        var stale = await session.QueryAsync<(Guid Id, int Attempts)>(
            "SELECT id, attempts FROM rp_runs WHERE status = 'Running' AND heartbeat_at < @before", new { before = now - options.Value.StaleAfter },
                ct);
        var requeued = new List<Guid>();
        foreach (var (id, attempts) in stale)
        {
            var again = attempts < options.Value.MaxAttempts;
            await session.ExecuteAsync("""
                UPDATE rp_runs SET status = @status, error = 'Reporting:Interrupted', finished_at = @finished,
                  version = version + 1, updated_at = @now, updated_by = 'system'
                WHERE id = @id AND status = 'Running'
                """, new { id, status = again ? "Queued" : "Failed", finished = again ? (DateTime?)null : now, now }, ct);
            if (again) requeued.Add(id);
        }
        return requeued;
    }

    /// <summary>Deletes archived files beyond the retention policy; the run keeps its record, without a file.</summary>
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var o = options.Value;
        var files = await session.QueryAsync<(Guid Id, Guid? ScheduleId, string Path, DateTime FinishedAt)>(
            "SELECT id, schedule_id, file_path, finished_at FROM rp_runs WHERE status = 'Succeeded' AND file_path IS NOT NULL ORDER BY finished_at " +
                "DESC", null, ct);
        var doomed = new List<(Guid Id, string Path)>();
        if (o.KeepDays > 0) doomed.AddRange(files.Where(f => f.FinishedAt < clock.UtcNow.AddDays(-o.KeepDays)).Select(f => (f.Id, f.Path)));
        if (o.KeepPerSchedule > 0)
            doomed.AddRange(files.Where(f => f.ScheduleId != null).GroupBy(f => f.ScheduleId).SelectMany(g => g.Skip(o.KeepPerSchedule))
                .Select(f => (f.Id, f.Path)));
        foreach (var (id, path) in doomed.Distinct())
        {
            await session.ExecuteAsync("UPDATE rp_runs SET file_path = NULL, checksum = NULL, version = version + 1, updated_at = @now, updated_by " +
                "= 'system' WHERE id = @id",
                new { id, now = clock.UtcNow }, ct);
            await archive.DeleteAsync(path, ct);
        }
        return doomed.Distinct().Count();
    }
}
