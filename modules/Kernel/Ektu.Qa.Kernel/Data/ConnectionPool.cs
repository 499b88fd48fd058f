using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics;
using Ektu.Qa.Kernel.Observability;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Open connections kept between units of work by the connection factories. The drivers' own pools prepare a connection
/// again on every checkout (MySqlConnector resets the session, a round trip; our SQLite factory registers its
/// function and sets four pragmas): round trips or statements before each request's first one. Here an idle connection is
/// handed back as it is, and checked with <c>validate</c> only when it sat idle longer than <c>validateAfterIdle</c>.
/// At most <c>maxSize</c> connections are out at once; the next caller waits, as with the drivers' pools.
/// <see cref="Clear"/> drops every connection opened before it, idle or rented (as MySqlConnector's <c>ClearPool</c> does):
/// one connection found dead means the server or cluster node behind the others went away too.
/// </summary>
public sealed class ConnectionPool : IAsyncDisposable, IDisposable
{
    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly Func<DbConnection, Task<bool>> _validate;
    private readonly int _maxSize;
    private readonly TimeSpan _waitForConnection;
    private readonly TimeSpan _validateAfterIdle;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<(DbConnection Connection, long IdleSince)> _idle = new();
    private readonly ConcurrentDictionary<DbConnection, long> _generationOf = new();
    private long _generation;
    private volatile bool _disposed;

    public ConnectionPool(
        Func<CancellationToken, Task<DbConnection>> open, Func<DbConnection, Task<bool>> validate, int maxSize,
        TimeSpan waitForConnection, TimeSpan validateAfterIdle)
    {
        (_open, _validate, _maxSize, _waitForConnection, _validateAfterIdle) = (open, validate, maxSize, waitForConnection, validateAfterIdle);
        _slots = new SemaphoreSlim(maxSize, maxSize);
        ConnectionPoolMetrics.Add(this);
    }

    /// <summary>Connections rented and not yet returned.</summary>
    public int InUse => _maxSize - _slots.CurrentCount;

    /// <summary>Open connections waiting for the next unit of work.</summary>
    public int Idle => _idle.Count;

    public async Task<DbConnection> RentAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(_waitForConnection, ct))
            throw new TimeoutException($"No database connection became free within {_waitForConnection.TotalSeconds:F0} s ({_maxSize} in use).");
        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (idle.Connection.State == ConnectionState.Open && IsCurrent(idle.Connection)
                    && (Stopwatch.GetElapsedTime(idle.IdleSince) < _validateAfterIdle || await _validate(idle.Connection)))
                    return idle.Connection;
                await DropAsync(idle.Connection);
            }
            var generation = Interlocked.Read(ref _generation);
            var opened = await _open(ct);
            _generationOf[opened] = generation;
            return opened;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    /// <summary>Takes back a rented connection whose transaction has ended; one the driver closed after an error is dropped.</summary>
    public async ValueTask ReturnAsync(DbConnection connection)
    {
        if (connection.State == ConnectionState.Open && !_disposed && IsCurrent(connection)) _idle.Push((connection, Stopwatch.GetTimestamp()));
        else await DropAsync(connection);
        _slots.Release();
    }

    /// <summary>
    /// Drops the idle connections now and each rented one when it comes back; connections opened afterwards are kept.
    /// Called when a connection was lost under a command, so that the next callers do not each meet another dead one.
    /// </summary>
    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        while (_idle.TryPop(out var idle))
        {
            _generationOf.TryRemove(idle.Connection, out _);
            idle.Connection.Dispose();
        }
    }

    private bool IsCurrent(DbConnection connection) =>
        !_generationOf.TryGetValue(connection, out var generation) || generation == Interlocked.Read(ref _generation);

    private ValueTask DropAsync(DbConnection connection)
    {
        _generationOf.TryRemove(connection, out _);
        return connection.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        ConnectionPoolMetrics.Remove(this);
        while (_idle.TryPop(out var idle)) await idle.Connection.DisposeAsync();
    }

    public void Dispose()
    {
        _disposed = true;
        ConnectionPoolMetrics.Remove(this);
        while (_idle.TryPop(out var idle)) idle.Connection.Dispose();
    }
}
