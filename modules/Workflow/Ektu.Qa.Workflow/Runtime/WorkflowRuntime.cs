using System.Text.Json;
using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Observability;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Engine;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Tasks;
using EngineStatus = Ektu.Qa.Workflow.Engine.InstanceStatus;
using InstanceStatus = Ektu.Qa.Workflow.Instances.InstanceStatus;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Runs engine steps against the database: loads the instance, lets the engine move it to its next waits, and writes
/// the new state, tasks, timers, subscriptions and history in the caller's unit of work. The instance row's
/// <c>version</c> serialises steps: of two steps on one instance, the second fails with a conflict and rolls back.
/// </summary>
internal sealed class WorkflowRuntime(
    DefinitionRepository definitions, InstanceRepository instances, TaskRepository tasks, WaitRepository waits, HistoryRepository history,
    ModelCache models, TaskAssigner assigner, IServiceProvider services, WorkflowTimers timers, WorkflowNotifier notifier,
    IClock clock, ICurrentUser user, IDbSession db)
{
    public static readonly JsonSerializerOptions StateJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Starts the latest published version. <paramref name="protectedVariables"/> are the start variables no task
    /// output may overwrite later: the module's own (who approves, which record) or the starter's name.
    /// </summary>
    public async Task<InstanceRow> StartAsync(
        string processKey, string businessKey, Guid unitId, JsonObject? variables, IReadOnlyCollection<string> protectedVariables,
        CancellationToken ct)
    {
        var published = await definitions.FindLatestPublishedAsync(processKey, ct)
            ?? throw new QaException(WorkflowErrorCodes.NoPublishedVersion, 400, processKey);
        var model = await ModelAsync(published.VersionId, ct);
        var now = clock.UtcNow;
        var row = new InstanceRow
        {
            Id = Guid.NewGuid(), DefinitionId = published.DefinitionId, DefinitionVersionId = published.VersionId, ProcessKey = published.ProcessKey,
            Number = published.Number, BusinessKey = businessKey, UnitId = unitId, StartedAt = now, StartedBy = Actor,
        };
        var writes = new StepWrites(db);
        var result = await Engine(model, row, writes).StartAsync(variables ?? [], ct);
        result.State.ProtectedVariables = [.. protectedVariables.Order(StringComparer.Ordinal)];
        await PersistAsync(row, model, [], result, null, isNew: true, writes, ct);
        return row;
    }

    /// <summary>
    /// Completes <paramref name="task"/> of <paramref name="row"/>, both as read together before the checks.
    /// <paramref name="values"/> may set only the fields the task's form declares, and never a protected variable;
    /// <c>outcome</c> and <c>comment</c> come from their own fields.
    /// </summary>
    public async Task<InstanceRow> CompleteTaskAsync(
        TaskState task, InstanceRow row, Guid userId, JsonObject? values, string? outcome, string? comment, CancellationToken ct)
    {
        if (row.Status != (int)InstanceStatus.Running) throw new QaException(WorkflowErrorCodes.InstanceNotRunning, 409);
        var model = await ModelAsync(row.DefinitionVersionId, ct);
        var state = Deserialize(row);
        var output = TaskFormValues.Check(model.FindNode(task.ElementId)?.Form ?? [], state.ProtectedVariables, values);
        if (outcome != null) output["outcome"] = outcome;
        if (comment != null) output["comment"] = comment;
        // Sent with the step's other writes; the guard on the task's version is checked when they are.
        var writes = new StepWrites(db);
        TaskRepository.AddComplete(writes.Batch, task.Id, userId, outcome, comment, task.Version, clock.UtcNow, Actor);
        var before = Snapshot(state);
        StepResult result;
        try
        {
            result = await Engine(model, row, writes).CompleteTaskAsync(state, task.Id, output, ct);
        }
        catch (BpmnEngineException ex) when (ex.Code == "WaitNotFound")
        {
            throw new QaException(WorkflowErrorCodes.TaskNotOpen, 409);
        }
        await PersistAsync(row, model, before, result, task.Id, isNew: false, writes, ct, $"{outcome} {comment}".Trim());
        return row;
    }

    /// <summary>A timer's Quartz trigger fired (or the sweep found it due). A timer that is no longer armed is ignored: firing is
    /// idempotent.</summary>
    public async Task<bool> FireTimerAsync(Guid instanceId, Guid waitId, CancellationToken ct)
    {
        var row = await instances.FindAsync(instanceId, ct);
        if (row == null || row.Status != (int)InstanceStatus.Running) return false;
        var state = Deserialize(row);
        if (state.Waits.All(w => w.Id != waitId)) return false;
        var model = await ModelAsync(row.DefinitionVersionId, ct);
        var before = Snapshot(state);
        var writes = new StepWrites(db);
        var result = await Engine(model, row, writes).FireTimerAsync(state, waitId, ct);
        await PersistAsync(row, model, before, result, null, isNew: false, writes, ct);
        return true;
    }

    public async Task<int> CorrelateAsync(string messageName, string businessKey, JsonObject? payload, CancellationToken ct)
    {
        var count = 0;
        foreach (var wait in await waits.FindMessageAsync(messageName, businessKey, ct))
        {
            var row = await instances.FindAsync(wait.InstanceId, ct);
            if (row == null || row.Status != (int)InstanceStatus.Running) continue;
            var state = Deserialize(row);
            if (state.Waits.All(w => w.Id != wait.Id)) continue;
            var model = await ModelAsync(row.DefinitionVersionId, ct);
            var before = Snapshot(state);
            var writes = new StepWrites(db);
            var result = await Engine(model, row, writes).CompleteTaskAsync(state, wait.Id, payload?.DeepClone().AsObject() ?? [], ct);
            await PersistAsync(row, model, before, result, null, isNew: false, writes, ct);
            count++;
        }
        return count;
    }

    public async Task CancelAsync(InstanceRow row, CancellationToken ct) =>
        await AdminStepAsync(row, (engine, state) => engine.CancelAsync(state, ct), "Cancelled", ct);

    public async Task RetryAsync(InstanceRow row, CancellationToken ct)
    {
        if (row.Status != (int)InstanceStatus.Failed) throw new QaException(WorkflowErrorCodes.InstanceNotFailed, 409);
        await AdminStepAsync(row, (engine, state) => engine.RetryAsync(state, ct), "Retried", ct);
    }

    public async Task MoveAsync(InstanceRow row, string from, string to, CancellationToken ct)
    {
        try
        {
            await AdminStepAsync(row, (engine, state) => engine.MoveTokenAsync(state, from, to, ct), $"Moved {from} -> {to}", ct);
        }
        catch (BpmnEngineException ex)
        {
            throw new QaException(WorkflowErrorCodes.InvalidMove, 400, from, to, ex.Message);
        }
    }

    private async Task AdminStepAsync(InstanceRow row, Func<ProcessEngine, InstanceState, Task<StepResult>> step, string detail, CancellationToken ct)
    {
        var state = Deserialize(row);
        var model = await ModelAsync(row.DefinitionVersionId, ct);
        var before = Snapshot(state);
        var writes = new StepWrites(db);
        var result = await step(Engine(model, row, writes), state);
        await PersistAsync(row, model, before, result, null, isNew: false, writes, ct, detail);
    }

    public Task<ProcessModel> ModelAsync(Guid versionId, CancellationToken ct) =>
        models.GetAsync(versionId, () => definitions.GetXmlAsync(versionId, ct));

    public static InstanceState Deserialize(InstanceRow row) =>
        JsonSerializer.Deserialize<InstanceState>(row.State, StateJson) ?? throw new InvalidOperationException($"Instance {row.Id} has no state.");

    private ProcessEngine Engine(ProcessModel model, InstanceRow row, StepWrites writes) =>
        new(model, new ServiceTaskInvoker(services, row, writes), () => clock.UtcNow);

    private static Dictionary<Guid, WaitKind> Snapshot(InstanceState state) => state.Waits.ToDictionary(w => w.Id, w => w.Kind);

    private string Actor => user.UserName ?? "system";

    private async Task PersistAsync(
        InstanceRow row, ProcessModel model, Dictionary<Guid, WaitKind> before, StepResult result, Guid? completedTask, bool isNew,
            StepWrites writes, CancellationToken ct,
        string? detail = null)
    {
        var now = clock.UtcNow;
        var state = result.State;
        var after = state.Waits.ToDictionary(w => w.Id);

        var removed = before.Where(b => !after.ContainsKey(b.Key)).ToList();
        await tasks.CancelAsync(removed.Where(r => r.Value == WaitKind.UserTask && r.Key != completedTask).Select(r => r.Key).ToList(), now, Actor,
            ct);
        var removedWaits = removed.Where(r => r.Value != WaitKind.UserTask).Select(r => r.Key).ToList();
        await waits.DeleteAsync(removedWaits, ct);
        foreach (var id in removed.Where(r => r.Value == WaitKind.Timer).Select(r => r.Key)) await timers.UnscheduleAsync(id, ct);

        // The instance's row, new tasks, candidates, waits and history rows go to the database in one command (one round trip)
        // at the end, with the completed task's update.
        var added = state.Waits.Where(w => !before.ContainsKey(w.Id)).ToList();
        var waitRows = new List<WaitRow>();
        foreach (var wait in added)
        {
            switch (wait.Kind)
            {
                case WaitKind.UserTask:
                    await CreateTaskAsync(row, model, wait, now, writes, ct);
                    break;
                case WaitKind.Timer:
                    waitRows.Add(new WaitRow { Id = wait.Id, InstanceId = row.Id, Kind = WaitRepository.Timer, ElementId = wait.ElementId,
                        DueAt = wait.DueAt, BusinessKey = row.BusinessKey, CreatedAt = now });
                    await timers.ScheduleAsync(row.Id, wait.Id, wait.DueAt ?? now, ct);
                    break;
                default:
                    waitRows.Add(new WaitRow { Id = wait.Id, InstanceId = row.Id, Kind = WaitRepository.Message, ElementId = wait.ElementId,
                        MessageName = wait.MessageName, BusinessKey = row.BusinessKey, CreatedAt = now });
                    break;
            }
        }
        waits.AddInsert(writes.Batch, waitRows);

        var entries = HistoryOf(result.Events, now, detail);
        var firstSeq = row.HistorySeq;
        row.HistorySeq += entries.Count;
        row.Status = (int)(state.Status switch
        {
            EngineStatus.Completed => InstanceStatus.Completed,
            EngineStatus.Terminated => InstanceStatus.Terminated,
            EngineStatus.Error => InstanceStatus.Failed,
            _ => InstanceStatus.Running,
        });
        row.ErrorElementId = state.Error?.ElementId;
        row.ErrorMessage = state.Error?.Message is { } m ? m[..Math.Min(m.Length, 2000)] : null;
        row.EndedAt = row.Status is (int)InstanceStatus.Completed or (int)InstanceStatus.Terminated ? now : null;
        row.State = JsonSerializer.Serialize(state, StateJson);
        var expected = row.Version;
        row.Version++;
        if (isNew) InstanceRepository.AddInsert(writes.Batch, row, now, Actor);
        else InstanceRepository.AddUpdate(writes.Batch, row, expected, now, Actor);
        history.AddAppend(writes.Batch, row.Id, firstSeq, entries);
        await writes.FlushAsync(ct);
        QaMetrics.WorkflowStep(row.ProcessKey, ((InstanceStatus)row.Status).ToString());
    }

    private async Task CreateTaskAsync(InstanceRow row, ProcessModel model, WaitState wait, DateTime now, StepWrites writes, CancellationToken ct)
    {
        var node = model.FindNode(wait.ElementId);
        var fourEyes = wait.FourEyes || node?.FourEyes == true;
        // A four-eyes task leaves out who completed the instance's tasks, read from the database: the step's completion first.
        if (fourEyes) await writes.FlushAsync(ct);
        var assignment = await assigner.ResolveAsync(row.Id, row.UnitId, wait.Assignee, wait.CandidateGroups, fourEyes, ct);
        var names = node?.Names ?? LocalizedNames.Empty;
        var task = new TaskRow
        {
            Id = wait.Id, InstanceId = row.Id, ElementId = wait.ElementId, ProcessKey = row.ProcessKey, BusinessKey = row.BusinessKey,
                UnitId = row.UnitId,
            NameKk = names.Get("kk") ?? wait.ElementId, NameRu = names.Get("ru") ?? wait.ElementId, NameEn = names.Get("en") ?? wait.ElementId,
                FormKey = wait.FormKey ?? node?.FormKey,
            AssigneeId = assignment.Assignee?.Id, CandidateGroups = string.Join(",", wait.CandidateGroups),
                FourEyes = fourEyes, DueAt = wait.DueAt,
        };
        tasks.AddInsert(writes.Batch, task, assignment.CandidateIds, now, Actor);
        await notifier.TaskCreatedAsync(task, assignment.Recipients, ct);
    }

    private List<HistoryEntryDto> HistoryOf(IReadOnlyList<EngineEvent> events, DateTime now, string? detail)
    {
        var list = new List<HistoryEntryDto>(events.Count + 1);
        if (detail != null) list.Add(new HistoryEntryDto { Event = "Action", Detail = Trim(detail), At = now, Actor = Actor });
        foreach (var e in events)
            list.Add(new HistoryEntryDto { Event = e.Kind.ToString(), ElementId = e.ElementId,
                Detail = Trim(e.Message ?? e.Code ?? e.Service ?? e.Assignee), At = now, Actor = Actor });
        return list;
    }

    private static string? Trim(string? s) => s is { Length: > 1000 } ? s[..1000] : s;
}
