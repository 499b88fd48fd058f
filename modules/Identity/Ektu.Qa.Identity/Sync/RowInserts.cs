using System.Text;
using Dapper;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Sync;

/// <summary>
/// Rows for one table, written as multi-row INSERTs of at most <see cref="RowsPerStatement"/> rows, each its own command: a
/// batch of 1,000 people costs a handful of round trips, and no command carries thousands of statements (SQLite binds every
/// parameter of a command to each of its statements, so one deferred command of 3,000 inserts grows quadratically).
/// </summary>
internal sealed class RowInserts(string table, params string[] columns)
{
    /// <summary>200 rows of up to 14 columns stays far below SQLite's and MySQL's parameter limits.</summary>
    private const int RowsPerStatement = 200;

    private readonly List<object?[]> _rows = [];

    public void Add(params object?[] values)
    {
        if (values.Length != columns.Length) throw new ArgumentException($"{table} takes {columns.Length} values.", nameof(values));
        _rows.Add(values);
    }

    public async Task FlushAsync(IDbSession db, CancellationToken ct)
    {
        foreach (var chunk in _rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ");
            var args = new DynamicParameters();
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    sql.Append(c == 0 ? "@" : ", @").Append('p').Append(r).Append('_').Append(c);
                    args.Add($"p{r}_{c}", chunk[r][c] is Guid g ? g.ToString("D") : chunk[r][c]);
                }
                sql.Append(')');
            }
            await db.ExecuteAsync(sql.ToString(), args, ct);
        }
        _rows.Clear();
    }
}
