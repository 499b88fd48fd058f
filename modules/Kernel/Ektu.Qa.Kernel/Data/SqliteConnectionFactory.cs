using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ektu.Qa.Kernel.Data;

/// <summary>Opens SQLite connections with WAL, foreign keys, a busy timeout and a Unicode lower-case function.</summary>
public sealed class SqliteConnectionFactory : IDbConnectionFactory
{
    private readonly string _connectionString;

    public SqliteConnectionFactory(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!Path.IsPathRooted(csb.DataSource) && csb.DataSource != ":memory:" && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal))
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        var dir = Path.GetDirectoryName(csb.DataSource);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        csb.Pooling = true;
        csb.DefaultTimeout = 30;
        _connectionString = csb.ToString();
    }

    public ISqlDialect Dialect { get; } = new SqliteDialect();

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
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
