using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Diagnostics;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Open connections kept between units of work by the connection factories. The drivers' own pools prepare a connection
/// again on every checkout (MySqlConnector resets the session, a round trip; our SQLite factory registers its
/// function and sets four pragmas): round trips or statements before each request's first one. Here an idle connection is
/// handed back as it is, and checked with <c>validate</c> only when it sat idle longer than <c>validateAfterIdle</c>.
/// At most <c>maxSize</c> connections are out at once; the next caller waits, as with the drivers' pools.
/// </summary>
public sealed class ConnectionPool(
    Func<CancellationToken, Task<DbConnection>> open, Func<DbConnection, Task<bool>> validate, int maxSize, TimeSpan waitForConnection,
        TimeSpan validateAfterIdle)
    : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _slots = new(maxSize, maxSize);
    private readonly ConcurrentStack<(DbConnection Connection, long IdleSince)> _idle = new();
    private volatile bool _disposed;

    public async Task<DbConnection> RentAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(waitForConnection, ct))
            throw new TimeoutException($"No database connection became free within {waitForConnection.TotalSeconds:F0} s ({maxSize} in use).");
        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (idle.Connection.State == ConnectionState.Open
                    && (Stopwatch.GetElapsedTime(idle.IdleSince) < validateAfterIdle || await validate(idle.Connection)))
                    return idle.Connection;
                await idle.Connection.DisposeAsync();
            }
            return await open(ct);
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
        if (connection.State == ConnectionState.Open && !_disposed) _idle.Push((connection, Stopwatch.GetTimestamp()));
        else await connection.DisposeAsync();
        _slots.Release();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var idle)) await idle.Connection.DisposeAsync();
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryPop(out var idle)) idle.Connection.Dispose();
    }
}
