using System.Diagnostics;
using Dapper;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// The version of each cache area in <c>k_cache_versions</c>, shared by every host: a change bumps its area's row in its
/// own transaction (<see cref="CacheGeneration.Invalidate"/>), and each host reads all rows at most once per
/// <see cref="CheckInterval"/>, so a cached grant revoked on one host is dropped by the others within about that long,
/// with no server besides the database. One indexed read of a few rows per half second costs a host nothing measurable.
/// </summary>
public sealed class CacheVersions(IDbConnectionFactory factory, TimeSpan? checkInterval = null)
{
    private readonly long _intervalTicks = (long)((checkInterval ?? TimeSpan.FromMilliseconds(500)).TotalSeconds * Stopwatch.Frequency);
    private readonly SemaphoreSlim _reading = new(1, 1);
    private IReadOnlyDictionary<string, long> _versions = new Dictionary<string, long>();
    private long _nextReadAt; // a Stopwatch timestamp; 0 reads at the first use

    /// <summary>How old the versions a host uses may be.</summary>
    public TimeSpan CheckInterval => TimeSpan.FromSeconds((double)_intervalTicks / Stopwatch.Frequency);

    /// <summary>The area's version as last read (0 before its first change), read again when older than the interval.</summary>
    public async ValueTask<long> GetAsync(string area, CancellationToken ct = default)
    {
        if (Stopwatch.GetTimestamp() >= Interlocked.Read(ref _nextReadAt))
        {
            // One reader per host; the others use the versions read last rather than queue behind it.
            if (await _reading.WaitAsync(0, ct))
            {
                try
                {
                    if (Stopwatch.GetTimestamp() >= Interlocked.Read(ref _nextReadAt)) await ReadAsync(ct);
                }
                finally
                {
                    _reading.Release();
                }
            }
        }
        return Volatile.Read(ref _versions).TryGetValue(area, out var v) ? v : 0;
    }

    /// <summary>Queues the bump of <paramref name="area"/> into the unit of work, so it commits or rolls back with the change.</summary>
    public static void Bump(IDbSession session, string area)
    {
        // The update first: it takes the row's exclusive lock at once. Insert-ignore first took a shared lock on the existing
        // row, and two units of work that both held it then waited for each other's update: a deadlock at commit, seen under
        // load on MariaDB. The insert creates the row at the area's first change and is ignored once it exists.
        var args = new Dictionary<string, object?> { ["area"] = area };
        session.Defer("UPDATE k_cache_versions SET version = version + 1 WHERE area = @area", args);
        session.Defer(session.Dialect.InsertIgnore("k_cache_versions", "area, version", "@area, 1"), args);
    }

    /// <summary>
    /// Reads the versions on a pooled connection; one lost under the read (its server or cluster node died while it sat idle)
    /// empties the pool and the read runs once more on a new connection, so the request that found it does not fail for it.
    /// </summary>
    private async Task ReadAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        IEnumerable<(string Area, long Version)> rows;
        try
        {
            rows = await QueryAsync(ct);
        }
        catch (Exception ex) when (TransientDbFailure.IsConnectionLost(ex) && !ct.IsCancellationRequested)
        {
            factory.ClearPool();
            rows = await QueryAsync(ct);
        }
        Volatile.Write(ref _versions, rows.ToDictionary(r => r.Area, r => r.Version, StringComparer.Ordinal));
        // From the read's start: a change committed while it ran may be missing, so it must not count as newer than that.
        Interlocked.Exchange(ref _nextReadAt, started + _intervalTicks);
    }

    private async Task<IEnumerable<(string Area, long Version)>> QueryAsync(CancellationToken ct)
    {
        var cn = await factory.OpenAsync(ct);
        try
        {
            return await cn.QueryAsync<(string Area, long Version)>(
                new CommandDefinition("SELECT area, version FROM k_cache_versions", cancellationToken: ct));
        }
        finally
        {
            await factory.ReleaseAsync(cn);
        }
    }
}
