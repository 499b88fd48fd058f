using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Opens SQLite connections with WAL, foreign keys, a busy timeout and a Unicode lower-case function, and keeps them in a
/// <see cref="ConnectionPool"/> so that the function and pragmas are set once per connection, not once per unit of work.
/// Units of work queue for SQLite's one writer here, in arrival order (<see cref="BeginTransactionAsync"/>).
/// </summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    /// <summary>Connections out at once; SQLite has one writer at a time anyway.</summary>
    private const int MaxPoolSize = 100;

    private readonly string _connectionString;
    private readonly ConnectionPool _pool;
    private readonly TimeSpan _lockTimeout;

    /// <summary>
    /// The write lock. A unit of work's transaction is BEGIN IMMEDIATE, which takes SQLite's lock; waiting for it in SQLite's
    /// busy handler means sleeping in steps that grow to 100 ms while newcomers may take the lock first, which made one in a
    /// hundred workflow steps wait about a second with 16 users at once. Here the next writer gets the lock as soon as it is
    /// free. Other processes on the same file still meet SQLite's own lock.
    /// </summary>
    private readonly SemaphoreSlim _writer = new(1, 1);

    public SqliteConnectionFactory(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(csb.DataSource) && csb.DataSource != ":memory:" && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal))
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        var dir = Path.GetDirectoryName(csb.DataSource);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        csb.Pooling = false;
        _connectionString = csb.ToString();
        _lockTimeout = csb.DefaultTimeout > 0 ? TimeSpan.FromSeconds(csb.DefaultTimeout) : Timeout.InfiniteTimeSpan; // 0: no limit, as in SQLite
        // A local file does not drop connections: no validation.
        _pool = new ConnectionPool(OpenNewAsync, _ => Task.FromResult(true), MaxPoolSize, _lockTimeout, TimeSpan.MaxValue);
    }

    public ISqlDialect Dialect { get; } = new SqliteDialect();

    public Task<DbConnection> OpenAsync(CancellationToken ct = default) => _pool.RentAsync(ct);

    public ValueTask ReleaseAsync(DbConnection connection) => _pool.ReturnAsync(connection);

    /// <summary>Waits for the write lock as long as SQLite would wait for its own (the command timeout), then fails.</summary>
    public async Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken ct)
    {
        if (!await _writer.WaitAsync(_lockTimeout, ct))
            throw new TimeoutException($"The database stayed locked by other units of work for {_lockTimeout.TotalSeconds:F0} s.");
        try
        {
            return await connection.BeginTransactionAsync(ct);
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    public async ValueTask EndTransactionAsync(DbTransaction transaction)
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            _writer.Release();
        }
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();

    public void Dispose() => _pool.Dispose();

    private async Task<DbConnection> OpenNewAsync(CancellationToken ct)
    {
        var cn = new SqliteConnection(_connectionString);
        await cn.OpenAsync(ct);
        cn.CreateFunction("qa_lower", (string? s) => s?.ToLowerInvariant(), isDeterministic: true);
        using var cmd = cn.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;";
        await cmd.ExecuteNonQueryAsync(ct);
        return cn;
    }
}
