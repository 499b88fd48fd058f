using System.Data.Common;
using Ektu.Qa.Kernel.Data;
using MySql.Data.MySqlClient;

namespace Ektu.Qa.Kernel.MySql;

/// <summary>
/// Opens MySql.Data connections (UTC session time zone, so DATETIME values mean UTC) and pools them in a
/// <see cref="ConnectionPool"/> instead of MySql.Data's, which pings the server and re-selects the database on every
/// checkout. Like MySql.Data's pool with its default Connection Reset=false, session state is kept; nothing here sets any.
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
        var b = new MySqlConnectionStringBuilder(connectionString)
        {
            CharacterSet = "utf8mb4",
            // Compression would load an assembly the registry here does not have (see README Decisions).
            UseCompression = false,
            AllowUserVariables = true,
            ConvertZeroDateTime = true,
            // CHAR(36) is then read as text, as SQLite does; the Guid type handler parses it on both.
            OldGuids = true,
        };
        if (b.SslMode == MySqlSslMode.Preferred) b.SslMode = MySqlSslMode.Disabled;
        // The connection string's pool settings keep their meaning, applied by our pool instead of MySql.Data's.
        if (b.Pooling)
            _pool = new ConnectionPool(OpenNewAsync, cn => ((MySqlConnection)cn).PingAsync(), (int)Math.Max(1, b.MaximumPoolSize),
                TimeSpan.FromSeconds(Math.Max(1, b.ConnectionTimeout)), pingAfterIdle ?? PingAfterIdle);
        b.Pooling = false;
        _connectionString = b.ConnectionString;
    }

    public ISqlDialect Dialect { get; } = new MySqlDialect();

    public Task<DbConnection> OpenAsync(CancellationToken ct = default) => _pool?.RentAsync(ct) ?? OpenNewAsync(ct);

    public ValueTask ReleaseAsync(DbConnection connection) => _pool?.ReturnAsync(connection) ?? connection.DisposeAsync();

    /// <summary>A plain BEGIN: MySql.Data's BeginTransaction sends SET TRANSACTION ISOLATION LEVEL first, a round trip more.</summary>
    public Task<DbTransaction> BeginTransactionAsync(DbConnection connection, CancellationToken ct) => StatementTransaction.BeginAsync(connection, ct);

    public ValueTask DisposeAsync() => _pool?.DisposeAsync() ?? ValueTask.CompletedTask;

    public void Dispose() => _pool?.Dispose();

    private async Task<DbConnection> OpenNewAsync(CancellationToken ct)
    {
        var cn = new MySqlConnection(_connectionString);
        await cn.OpenAsync(ct);
        return cn;
    }
}
