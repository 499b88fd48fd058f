using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Timers and message subscriptions in <c>wf_waits</c>: the lookup keys of waiting points (the engine state holds the
/// rest). Kind 1 = timer, 2 = message.
/// </summary>
internal sealed class WaitRepository(IDbSession db)
{
    public const int Timer = 1;
    public const int Message = 2;

    /// <summary>Adds the timers and subscriptions to the step's batch.</summary>
    public void AddInsert(SqlBatch batch, IReadOnlyCollection<WaitRow> waits)
    {
        foreach (var w in waits)
            batch.Add("""
                INSERT INTO wf_waits (id, instance_id, kind, element_id, due_at, message_name, business_key, created_at)
                VALUES (@Id, @InstanceId, @Kind, @ElementId, @DueAt, @MessageName, @BusinessKey, @CreatedAt)
                """, new Dictionary<string, object?>
                {
                    ["Id"] = w.Id, ["InstanceId"] = w.InstanceId, ["Kind"] = w.Kind, ["ElementId"] = w.ElementId, ["DueAt"] = w.DueAt,
                    ["MessageName"] = w.MessageName, ["BusinessKey"] = w.BusinessKey, ["CreatedAt"] = w.CreatedAt,
                });
    }

    public Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) => ids.Count == 0 ? Task.CompletedTask :
        db.ExecuteAsync("DELETE FROM wf_waits WHERE id IN @ids", new { ids = SqlIds.Text(ids) }, ct);

    public Task<IReadOnlyList<WaitRow>> FindMessageAsync(string messageName, string businessKey, CancellationToken ct) => db.QueryAsync<WaitRow>("""
        SELECT id, instance_id AS InstanceId, kind, element_id AS ElementId, due_at AS DueAt, message_name AS MessageName,
        business_key AS BusinessKey, created_at AS CreatedAt
        FROM wf_waits WHERE kind = 2 AND message_name = @messageName AND business_key = @businessKey ORDER BY created_at, id
        """, new { messageName, businessKey }, ct);

    /// <summary>Timers due by <paramref name="now"/>: the sweep that backs up Quartz triggers lost between commit and scheduling.</summary>
    public Task<IReadOnlyList<WaitRow>> FindDueTimersAsync(DateTime now, int max, CancellationToken ct) => db.QueryAsync<WaitRow>("""
        SELECT id, instance_id AS InstanceId, kind, element_id AS ElementId, due_at AS DueAt, message_name AS MessageName,
        business_key AS BusinessKey, created_at AS CreatedAt
        FROM wf_waits WHERE kind = 1 AND due_at <= @now ORDER BY due_at, id LIMIT @max
        """, new { now, max }, ct);
}
