using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ektu.Qa.Kernel.Data;

/// <summary>
/// Opens SQLite connections with WAL, foreign keys, a busy timeout and a Unicode lower-case function, and keeps them in a
/// <see cref="ConnectionPool"/> so that the function and pragmas are set once per connection, not once per unit of work.
/// </summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    /// <summary>Connections out at once; SQLite has one writer at a time anyway.</summary>
    private const int MaxPoolSize = 100;

    private readonly string _connectionString;
    private readonly ConnectionPool _pool;

    public SqliteConnectionFactory(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(csb.DataSource) && csb.DataSource != ":memory:" && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal))
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        var dir = Path.GetDirectoryName(csb.DataSource);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        csb.Pooling = false;
        csb.DefaultTimeout = 30;
        _connectionString = csb.ToString();
        // A local file does not drop connections: no validation.
        _pool = new ConnectionPool(OpenNewAsync, _ => Task.FromResult(true), MaxPoolSize, TimeSpan.FromSeconds(csb.DefaultTimeout), TimeSpan.MaxValue);
    }

    public ISqlDialect Dialect { get; } = new SqliteDialect();

    public Task<DbConnection> OpenAsync(CancellationToken ct = default) => _pool.RentAsync(ct);

    public ValueTask ReleaseAsync(DbConnection connection) => _pool.ReturnAsync(connection);

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
