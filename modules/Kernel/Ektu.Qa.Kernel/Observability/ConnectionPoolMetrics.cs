using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Kernel.Observability;

/// <summary>The pools alive in this process, for the <c>ektu_qa.db.pool.connections</c> gauge (a host has one; tests many).</summary>
internal static class ConnectionPoolMetrics
{
    private static readonly ConcurrentDictionary<ConnectionPool, byte> Pools = new();

    public static void Add(ConnectionPool pool) => Pools.TryAdd(pool, 0);

    public static void Remove(ConnectionPool pool) => Pools.TryRemove(pool, out _);

    public static IEnumerable<Measurement<int>> Observe()
    {
        int inUse = 0, idle = 0;
        foreach (var pool in Pools.Keys)
        {
            inUse += pool.InUse;
            idle += pool.Idle;
        }
        return [new(inUse, new KeyValuePair<string, object?>("state", "in_use")), new(idle, new KeyValuePair<string, object?>("state", "idle"))];
    }
}
