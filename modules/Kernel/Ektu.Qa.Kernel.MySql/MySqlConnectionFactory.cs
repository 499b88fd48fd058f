using System.Data.Common;
using Ektu.Qa.Kernel.Data;
using MySqlConnector;

namespace Ektu.Qa.Kernel.MySql;

/// <summary>
/// Opens MySqlConnector connections and pools them in a <see cref="ConnectionPool"/> instead of the driver's own pool,
/// which resets the session on every checkout (one round trip before each unit of work's first statement; with
/// Connection Reset=false a connection the server killed while idle fails its first command). Session state is kept
/// between units of work; nothing here sets any. <c>build/bench-pool</c> measures the choice against the driver's pool.
/// </summary>
public sealed class MySqlConnectionFactory : IDbConnectionFactory, IAsyncDisposable, IDisposable
{
    /// <summary>A server or network that dropped an idle connection is found by a ping after this long, before a request uses it.</summary>
    public static readonly TimeSpan PingAfterIdle = TimeSpan.FromSeconds(5);

    private readonly string _connectionString;
    private readonly ConnectionPool? _pool;

    /// <summary><paramref name="pingAfterIdle"/> replaces <see cref="PingAfterIdle"/> (tests).</summary>
    public MySqlConnectionFactory(string connectionString, TimeSpan? pingAfterIdle = null)
    {
        var b = Normalize(connectionString);
        // The connection string's pool settings keep their meaning, applied by our pool instead of the driver's.
        if (b.Pooling)
            _pool = new ConnectionPool(OpenNewAsync, cn => ((MySqlConnection)cn).PingAsync(), (int)Math.Max(1, b.MaximumPoolSize),
                TimeSpan.FromSeconds(Math.Max(1, b.ConnectionTimeout)), pingAfterIdle ?? PingAfterIdle);
        b.Pooling = false;
        _connectionString = b.ConnectionString;
    }

    public ISqlDialect Dialect { get; } = new MySqlDialect();

    /// <summary>The session settings every connection of the application uses, whoever pools it.</summary>
    public static MySqlConnectionStringBuilder Normalize(string connectionString)
    {
        var b = new MySqlConnectionStringBuilder(connectionString)
        {
            AllowUserVariables = true,
            ConvertZeroDateTime = true,
            // CHAR(36) is then read as text, as SQLite does; the Guid type handler parses it on both.
            GuidFormat = MySqlGuidFormat.None,
        };
        // No TLS negotiation unless the connection string asks for it (the server is on the private network).
        if (b.SslMode == MySqlSslMode.Preferred) b.SslMode = MySqlSslMode.None;
        return b;
    }

    public Task<DbConnection> OpenAsync(CancellationToken ct = default) => _pool?.RentAsync(ct) ?? OpenNewAsync(ct);

    public ValueTask ReleaseAsync(DbConnection connection) => _pool?.ReturnAsync(connection) ?? connection.DisposeAsync();

    public void ClearPool() => _pool?.Clear();

    /// <summary>
    /// A plain BEGIN, so commands need no transaction object (MySqlConnector refuses a command without the connection's
    /// active transaction when the driver began it).
    /// </summary>
    public Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken ct) =>
        StatementTransaction.BeginAsync(connection, ct);

    public ValueTask DisposeAsync() => _pool?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _pool?.Dispose();

    private async Task<DbConnection> OpenNewAsync(CancellationToken ct)
    {
        var cn = new MySqlConnection(_connectionString);
        await cn.OpenAsync(ct);
        return cn;
    }
}
