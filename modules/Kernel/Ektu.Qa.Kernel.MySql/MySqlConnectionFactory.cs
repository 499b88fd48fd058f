using System.Data.Common;
using Ektu.Qa.Kernel.Data;
using MySql.Data.MySqlClient;

namespace Ektu.Qa.Kernel.MySql;

/// <summary>Opens MySql.Data connections; UTC session time zone so DATETIME values mean UTC.</summary>
public sealed class MySqlConnectionFactory(string connectionString) : IDbConnectionFactory
{
    private readonly string _connectionString = Normalize(connectionString);

    public ISqlDialect Dialect { get; } = new MySqlDialect();

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var cn = new MySqlConnection(_connectionString);
        await cn.OpenAsync(ct);
        return cn;
    }

    private static string Normalize(string cs)
    {
        var b = new MySqlConnectionStringBuilder(cs)
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
        return b.ConnectionString;
    }
}
