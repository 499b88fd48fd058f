using MySqlConnector;

namespace Ektu.Qa.Kernel.MySql;

/// <summary>Server-level chores for tests and tools: create or drop a database, point a connection string at one.</summary>
public static class MySqlAdmin
{
    public static async Task CreateDatabaseAsync(string serverConnectionString, string name)
    {
        await using var cn = new MySqlConnection(serverConnectionString);
        await cn.OpenAsync();
        await using var cmd = new MySqlCommand($"CREATE DATABASE `{Safe(name)}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", cn);
        await cmd.ExecuteNonQueryAsync();
    }

    public static async Task DropDatabaseAsync(string serverConnectionString, string name)
    {
        await using var cn = new MySqlConnection(serverConnectionString);
        await cn.OpenAsync();
        await using var cmd = new MySqlCommand($"DROP DATABASE IF EXISTS `{Safe(name)}`", cn);
        await cmd.ExecuteNonQueryAsync();
    }

    public static string DatabaseOf(string connectionString) => new MySqlConnectionStringBuilder(connectionString).Database;

    public static string WithDatabase(string connectionString, string database) =>
        new MySqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    private static string Safe(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? name : throw new ArgumentException("Unsafe database name", nameof(name));
}
