using System.Text;
using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Workflow.Instances;

/// <summary><c>wf_history</c>: every element entered, completed or cancelled, appended with the step's other inserts.</summary>
internal sealed class HistoryRepository(IDbSession db)
{
    /// <summary>Rows per INSERT statement: keeps a statement's parameter count well under the databases' limits.</summary>
    private const int Rows = 100;

    /// <summary>Adds the step's history rows to its batch, as multi-row INSERTs.</summary>
    public void AddAppend(SqlBatch batch, Guid instanceId, int firstSeq, IReadOnlyList<HistoryEntryDto> entries)
    {
        for (var start = 0; start < entries.Count; start += Rows)
        {
            var chunk = entries.Skip(start).Take(Rows).ToList();
            var sql = new StringBuilder("INSERT INTO wf_history (instance_id, seq, event, element_id, detail, at, actor) VALUES ");
            var args = new Dictionary<string, object?> { ["i"] = instanceId };
            for (var n = 0; n < chunk.Count; n++)
            {
                if (n > 0) sql.Append(", ");
                sql.Append($"(@i, @s{n}, @e{n}, @el{n}, @d{n}, @at{n}, @a{n})");
                args[$"s{n}"] = firstSeq + start + n;
                args[$"e{n}"] = chunk[n].Event;
                args[$"el{n}"] = chunk[n].ElementId;
                args[$"d{n}"] = chunk[n].Detail;
                args[$"at{n}"] = chunk[n].At;
                args[$"a{n}"] = chunk[n].Actor;
            }
            batch.Add(sql.ToString(), args);
        }
    }

    public Task<IReadOnlyList<HistoryEntryDto>> GetAsync(Guid instanceId, CancellationToken ct) => db.QueryAsync<HistoryEntryDto>(
        "SELECT seq AS Sequence, event, element_id AS ElementId, detail, at, actor FROM wf_history WHERE instance_id = @instanceId ORDER BY seq",
        new { instanceId }, ct);
}
