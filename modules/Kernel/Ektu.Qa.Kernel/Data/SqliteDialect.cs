namespace Ektu.Qa.Kernel.Data;

/// <summary>SQLite (embedded default).</summary>
public sealed class SqliteDialect : ISqlDialect
{
    public string Name => "Sqlite";

    public string InsertIgnore(string table, string columns, string values) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT DO NOTHING";

    public string LockRows => "";

    public string Upsert(string table, string columns, string values, string keyColumns, IEnumerable<string> updateColumns) =>
        $"INSERT INTO {table} ({columns}) VALUES ({values}) ON CONFLICT ({keyColumns}) DO UPDATE SET "
        + string.Join(", ", updateColumns.Select(c => $"{c} = excluded.{c}"));

    public string UpsertAdd(string table, string columns, IEnumerable<string> rows, string keyColumns, string counterColumn) =>
        $"INSERT INTO {table} ({columns}) VALUES {string.Join(", ", rows)} ON CONFLICT ({keyColumns}) DO UPDATE SET "
        + $"{counterColumn} = {counterColumn} + excluded.{counterColumn}";

    public string Concat(params string[] parts) => "(" + string.Join(" || ", parts) + ")";

    // SQLite's LIKE folds ASCII only; Cyrillic text is folded by the qa_lower() function the connection factory registers.
    public string ContainsIgnoreCase(string column, string param) =>
        $"qa_lower({column}) LIKE '%' || {SqlLike.Literal($"qa_lower({param})")} || '%' {SqlLike.Escape}";

    public string NotIndexed(string column) => "+" + column;
}
