using System.Text;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Workflow.Instances;

namespace Ektu.Qa.Workflow.Data;

/// <summary><c>wf_history</c>: every element entered, completed or cancelled, appended in one statement per step.</summary>
internal sealed class HistoryRepository(IDbSession db)
{
    /// <summary>Rows per INSERT: one multi-row statement per step keeps a step to a handful of round trips.</summary>
    private const int Batch = 100;

    public async Task AppendAsync(Guid instanceId, int firstSeq, IReadOnlyList<HistoryEntryDto> entries, CancellationToken ct)
    {
        for (var start = 0; start < entries.Count; start += Batch)
        {
            var chunk = entries.Skip(start).Take(Batch).ToList();
            var sql = new StringBuilder("INSERT INTO wf_history (instance_id, seq, event, element_id, detail, at, actor) VALUES ");
            var args = new Dapper.DynamicParameters();
            args.Add("i", instanceId);
            for (var n = 0; n < chunk.Count; n++)
            {
                if (n > 0) sql.Append(", ");
                sql.Append($"(@i, @s{n}, @e{n}, @el{n}, @d{n}, @at{n}, @a{n})");
                args.Add($"s{n}", firstSeq + start + n);
                args.Add($"e{n}", chunk[n].Event);
                args.Add($"el{n}", chunk[n].ElementId);
                args.Add($"d{n}", chunk[n].Detail);
                args.Add($"at{n}", chunk[n].At);
                args.Add($"a{n}", chunk[n].Actor);
            }
            await db.ExecuteAsync(sql.ToString(), args, ct);
        }
    }

    public Task<IReadOnlyList<HistoryEntryDto>> GetAsync(Guid instanceId, CancellationToken ct) => db.QueryAsync<HistoryEntryDto>(
        "SELECT seq AS Sequence, event, element_id AS ElementId, detail, at, actor FROM wf_history WHERE instance_id = @instanceId ORDER BY seq",
        new { instanceId }, ct);
}
