using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Kernel.MySql;

/// <summary>MySQL 8 / MariaDB 10.11.</summary>
public sealed class MySqlDialect : ISqlDialect
{
    public string Name => "MySql";

    public string InsertIgnore(string table, string columns, string values) =>
        $"INSERT IGNORE INTO {table} ({columns}) VALUES ({values})";

    public string LockRows => "FOR UPDATE";

    public string? ReadRowCount => "SELECT ROW_COUNT()";

    public string Upsert(string table, string columns, string values, string keyColumns, IEnumerable<string> updateColumns) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) ON DUPLICATE KEY UPDATE "
        + string.Join(", ", updateColumns.Select(c => $"{c} = VALUES({c})"));

    public string UpsertAdd(string table, string columns, IEnumerable<string> rows, string keyColumns, string counterColumn) =>
        $"INSERT INTO {table} ({columns}) VALUES {string.Join(", ", rows)} ON DUPLICATE KEY UPDATE "
        + $"{counterColumn} = {counterColumn} + VALUES({counterColumn})";

    public string Concat(params string[] parts) => "CONCAT(" + string.Join(", ", parts) + ")";

    // utf8mb4_unicode_ci already compares case-insensitively, Cyrillic included.
    public string ContainsIgnoreCase(string column, string param) => $"{column} LIKE CONCAT('%', {SqlLike.Literal(param)}, '%') {SqlLike.Escape}";

    public string NotIndexed(string column) => $"CONCAT({column}, '')";
}
