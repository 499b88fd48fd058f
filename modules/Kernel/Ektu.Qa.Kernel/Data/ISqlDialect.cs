namespace Ektu.Qa.Kernel.Data;

/// <summary>What really differs between the supported databases; everything else is portable SQL.</summary>
public interface ISqlDialect
{
    /// <summary>"Sqlite" or "MySql".</summary>
    string Name { get; }

    /// <summary>An INSERT that silently skips rows whose key already exists.</summary>
    string InsertIgnore(string table, string columns, string values);

    /// <summary>
    /// The clause ending a SELECT that must see rows other units of work committed meanwhile, and lock them till the end of
    /// this one: MySQL's REPEATABLE READ otherwise answers from the snapshot taken at the unit of work's first read (a row
    /// that made <see cref="InsertIgnore"/> skip may be missing from it); SQLite has one writer, so its reads are current.
    /// </summary>
    string LockRows { get; }

    /// <summary>An INSERT … on key conflict update <paramref name="updateColumns"/> from the inserted values.</summary>
    string Upsert(string table, string columns, string values, string keyColumns, IEnumerable<string> updateColumns);

    /// <summary>
    /// An INSERT of several rows (each a parenthesised list of values) that, for a row whose key exists, adds the inserted
    /// <paramref name="counterColumn"/> to the stored one: a counter raised by concurrent writers with no read and no lost
    /// increment, since the database does the addition under the row's lock.
    /// </summary>
    string UpsertAdd(string table, string columns, IEnumerable<string> rows, string keyColumns, string counterColumn);

    /// <summary>LIMIT/OFFSET paging clause (identical today, kept for future dialects).</summary>
    string Page(string limitParam, string offsetParam) => $"LIMIT {limitParam} OFFSET {offsetParam}";

    /// <summary>String concatenation (SQLite <c>||</c>; in MySQL <c>||</c> means OR).</summary>
    string Concat(params string[] parts);

    /// <summary>
    /// Case-insensitive "contains" on a column (MySQL's collation already is; SQLite's LIKE is ASCII-only). The parameter's
    /// text is matched literally: its <c>%</c> and <c>_</c> are escaped (<see cref="SqlLike"/>), never wildcards.
    /// </summary>
    string ContainsIgnoreCase(string column, string param);

    /// <summary>
    /// A text column in a WHERE term that must not choose the query's index. Given an <c>IN</c> list, both planners pick
    /// the list's index and sort every match, even when reading another index in ORDER BY order and stopping at the LIMIT
    /// is far cheaper: SQLite has no statistics until ANALYZE runs, and InnoDB's lag behind a bulk load. An expression
    /// over the column cannot use its index (SQLite's unary plus is the documented way; MySQL gets an empty CONCAT).
    /// </summary>
    string NotIndexed(string column);

    /// <summary>
    /// A SELECT answering the row count of the statement before it, so a batch's optimistic updates are checked in its one round
    /// trip (<see cref="SqlBatch.AddGuarded"/>); null where a statement costs no round trip (SQLite runs in the process), and the
    /// batch then checks each as it is sent.
    /// </summary>
    string? ReadRowCount => null;
}
