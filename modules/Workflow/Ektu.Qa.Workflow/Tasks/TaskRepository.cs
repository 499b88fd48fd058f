using Dapper;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Workflow.Instances;

namespace Ektu.Qa.Workflow.Tasks;

/// <summary>
/// <c>wf_tasks</c> and their candidate users in <c>wf_task_candidates</c>. Candidates are resolved when the task is
/// created (roles in the record's unit, minus four-eyes exclusions), so the inbox is one indexed query.
/// </summary>
internal sealed class TaskRepository(IDbSession db)
{
    private const string Columns = """
        t.id, t.instance_id AS InstanceId, t.process_key AS ProcessKey, t.business_key AS BusinessKey, t.unit_id AS UnitId, t.element_id AS ElementId,
        t.name_kk AS NameKk, t.name_ru AS NameRu, t.name_en AS NameEn, t.form_key AS FormKey, t.status, t.assignee_id AS AssigneeId,
        t.owner_id AS OwnerId, t.candidate_groups AS CandidateGroups, t.four_eyes AS FourEyes, t.created_at AS CreatedAt, t.due_at AS DueAt,
        t.completed_at AS CompletedAt, t.completed_by_id AS CompletedById, t.outcome, t.comment, t.version
        """;

    public Task<TaskState?> FindAsync(Guid id, CancellationToken ct) =>
        db.QuerySingleOrDefaultAsync<TaskState>($"SELECT {Columns} FROM wf_tasks t WHERE t.id = @id", new { id }, ct);

    /// <summary>The task and its instance in one read: completing a task needs both.</summary>
    public async Task<(TaskState Task, InstanceRow Instance)?> FindWithInstanceAsync(Guid id, CancellationToken ct)
    {
        var rows = await db.MeasuredAsync(cn => cn.QueryAsync<TaskState, InstanceRow, (TaskState, InstanceRow)>(db.Command(
            $"SELECT {Columns}, {InstanceRepository.RowColumns} FROM wf_tasks t JOIN wf_instances i ON i.id = t.instance_id WHERE t.id = @id",
                new { id }, ct), (t, i) => (t, i), splitOn: "id"), ct);
        return rows.Cast<(TaskState, InstanceRow)?>().SingleOrDefault();
    }

    public Task<IReadOnlyList<TaskState>> GetOpenByInstanceAsync(Guid instanceId, CancellationToken ct) =>
        db.QueryAsync<TaskState>($"SELECT {Columns} FROM wf_tasks t WHERE t.instance_id = @instanceId AND t.status = 0 ORDER BY t.created_at",
            new { instanceId }, ct);

    public Task<IReadOnlyList<TaskState>> GetByInstanceAsync(Guid instanceId, CancellationToken ct) =>
        db.QueryAsync<TaskState>($"SELECT {Columns} FROM wf_tasks t WHERE t.instance_id = @instanceId ORDER BY t.created_at, t.id",
            new { instanceId }, ct);

    public async Task<bool> IsCandidateAsync(Guid taskId, Guid userId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM wf_task_candidates WHERE task_id = @taskId AND user_id = @userId",
            new { taskId, userId }, ct) > 0;

    /// <summary>The tasks of one instance offered to <paramref name="userId"/>: one read for the instance's task list.</summary>
    public Task<IReadOnlyList<Guid>> CandidateTaskIdsAsync(Guid instanceId, Guid userId, CancellationToken ct) => db.QueryAsync<Guid>("""
        SELECT c.task_id FROM wf_task_candidates c JOIN wf_tasks t ON t.id = c.task_id WHERE t.instance_id = @instanceId AND c.user_id = @userId
        """, new { instanceId, userId }, ct);

    public Task<IReadOnlyList<Guid>> GetCandidatesAsync(Guid taskId, CancellationToken ct) =>
        db.QueryAsync<Guid>("SELECT user_id FROM wf_task_candidates WHERE task_id = @taskId", new { taskId }, ct);

    /// <summary>Who completed tasks of the instance so far: a four-eyes task excludes them.</summary>
    public Task<IReadOnlyList<Guid>> GetCompletersAsync(Guid instanceId, CancellationToken ct) =>
        db.QueryAsync<Guid>("SELECT DISTINCT completed_by_id FROM wf_tasks WHERE instance_id = @instanceId AND status = 1 AND completed_by_id IS " +
            "NOT NULL", new { instanceId }, ct);

    /// <summary>Adds the task and its candidate users to the step's batch.</summary>
    public void AddInsert(SqlBatch batch, TaskRow t, IReadOnlyCollection<Guid> candidates, DateTime at, string by)
    {
        batch.Add("""
            INSERT INTO wf_tasks (id, instance_id, element_id, process_key, business_key, unit_id, name_kk, name_ru, name_en, form_key, status,
              assignee_id, owner_id, candidate_groups, four_eyes, due_at, completed_at, completed_by_id, outcome, comment, version,
              created_at, created_by, updated_at, updated_by)
            VALUES (@Id, @InstanceId, @ElementId, @ProcessKey, @BusinessKey, @UnitId, @NameKk, @NameRu, @NameEn, @FormKey, 0,
              @AssigneeId, NULL, @CandidateGroups, @FourEyes, @DueAt, NULL, NULL, NULL, NULL, 1, @at, @by, @at, @by)
            """, new Dictionary<string, object?>
            {
                ["Id"] = t.Id, ["InstanceId"] = t.InstanceId, ["ElementId"] = t.ElementId, ["ProcessKey"] = t.ProcessKey,
                    ["BusinessKey"] = t.BusinessKey,
                ["UnitId"] = t.UnitId, ["NameKk"] = t.NameKk, ["NameRu"] = t.NameRu, ["NameEn"] = t.NameEn, ["FormKey"] = t.FormKey,
                    ["AssigneeId"] = t.AssigneeId,
                ["CandidateGroups"] = t.CandidateGroups, ["FourEyes"] = t.FourEyes, ["DueAt"] = t.DueAt, ["at"] = at, ["by"] = by,
            });
        if (candidates.Count == 0) return;
        var args = new Dictionary<string, object?> { ["t"] = t.Id };
        var values = candidates.Select((u, n) =>
        {
            args["u" + n] = u;
            return $"(@t, @u{n})";
        });
        batch.Add("INSERT INTO wf_task_candidates (task_id, user_id) VALUES " + string.Join(", ", values), args);
    }

    /// <summary>Claim, release, delegate and resolve: who holds the task.</summary>
    public async Task UpdateAssignmentAsync(Guid id, Guid? assigneeId, Guid? ownerId, int version, DateTime at, string by, CancellationToken ct)
    {
        var rows = await db.ExecuteAsync("""
            UPDATE wf_tasks SET assignee_id = @assigneeId, owner_id = @ownerId, version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND status = 0
            """, new { id, assigneeId, ownerId, version, at, by }, ct);
        Concurrency.EnsureUpdated(rows, "WorkflowTask", id);
    }

    /// <summary>
    /// Adds marking the task done to the step's batch; of two users completing it at once, the second finds the version moved on (409).
    /// </summary>
    public static void AddComplete(SqlBatch batch, Guid id, Guid userId, string? outcome, string? comment, int version, DateTime at, string by) =>
        batch.AddGuarded("""
            UPDATE wf_tasks SET status = 1, completed_at = @at, completed_by_id = @userId, assignee_id = @userId, outcome = @outcome,
            comment = @comment,
              version = version + 1, updated_at = @at, updated_by = @by
            WHERE id = @id AND version = @version AND status = 0
            """, new Dictionary<string, object?>
            {
                ["id"] = id, ["userId"] = userId, ["outcome"] = outcome, ["comment"] = comment, ["version"] = version, ["at"] = at, ["by"] = by,
            }, "WorkflowTask", id);

    public Task CancelAsync(IReadOnlyCollection<Guid> ids, DateTime at, string by, CancellationToken ct) =>
        ids.Count == 0 ? Task.CompletedTask : db.ExecuteAsync(
        "UPDATE wf_tasks SET status = 2, version = version + 1, updated_at = @at, updated_by = @by WHERE id IN @ids AND status = 0",
        new { ids = SqlIds.Text(ids), at, by }, ct);

    public Task<(IReadOnlyList<TaskState> Items, int Total)> InboxAsync(TaskFilter filter, Guid userId, int offset, int size, CancellationToken ct)
    {
        var where = filter switch
        {
            TaskFilter.Mine => "WHERE t.status = 0 AND t.assignee_id = @userId",
            TaskFilter.Available =>
                "WHERE t.status = 0 AND t.assignee_id IS NULL AND t.id IN (SELECT c.task_id FROM wf_task_candidates c WHERE c.user_id = @userId)",
            _ => "WHERE t.status = 1 AND t.completed_by_id = @userId",
        };
        var order = filter == TaskFilter.Completed ? "t.completed_at DESC, t.id" : "t.created_at, t.id";
        return db.QueryPageAsync<TaskState>(Columns, $"FROM wf_tasks t {where}", order, new { userId }, offset, size, ct);
    }

    /// <summary>
    /// The menu badge's figures in one round trip. Counted in SQL: reading <c>due_at</c> values as a scalar list failed on
    /// NULL (the UTC DateTime type handler is asked to parse DBNull), which broke every page of a user with an undated task.
    /// </summary>
    public async Task<TaskCountsDto> CountsAsync(Guid userId, DateTime now, CancellationToken ct)
    {
        var counts = await db.QuerySingleOrDefaultAsync<CountsRow>("""
            SELECT (SELECT COUNT(*) FROM wf_tasks WHERE status = 0 AND assignee_id = @userId) AS Mine,
              (SELECT COUNT(*) FROM wf_tasks WHERE status = 0 AND assignee_id = @userId AND due_at < @now) AS Overdue,
              (SELECT COUNT(*) FROM wf_tasks t WHERE t.status = 0 AND t.assignee_id IS NULL
                 AND t.id IN (SELECT c.task_id FROM wf_task_candidates c WHERE c.user_id = @userId)) AS Available
            """, new { userId, now }, ct);
        return new TaskCountsDto { Mine = (int)(counts?.Mine ?? 0), Available = (int)(counts?.Available ?? 0),
            Overdue = (int)(counts?.Overdue ?? 0) };
    }

    private sealed class CountsRow
    {
        public long Mine { get; init; }
        public long Overdue { get; init; }
        public long Available { get; init; }
    }
}
