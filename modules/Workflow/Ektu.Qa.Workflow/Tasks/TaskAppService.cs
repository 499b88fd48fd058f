using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Paging;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Workflow.Engine;
using Ektu.Qa.Workflow.Records;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Runtime;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Workflow.Tasks;

/// <summary>
/// The inbox. A task is worked on by its assignee; an unassigned one by any candidate (completing it claims it).
/// A delegated task goes back to its owner when the delegate resolves it; only the owner completes it.
/// </summary>
internal sealed class TaskAppService(
    TaskRepository repo, WorkflowRuntime runtime, IIdentityIntegrationService identity, IOrganizationScope scope,
        AuditContext<WorkflowContractsModule> audit,
    ICurrentUser user, IClock clock, WorkflowRecords records, IStringLocalizer l) : ITaskAppService
{
    public async Task<PagedResult<WorkflowTaskDto>> GetInboxAsync(TaskFilter filter, int page = 1, int pageSize = 25, CancellationToken ct = default)
    {
        var me = await MeAsync();
        var (p, size, offset) = PagedResult<WorkflowTaskDto>.Normalize(page, pageSize);
        var (items, total) = await repo.InboxAsync(filter, me, offset, size, ct);
        var dtos = new List<WorkflowTaskDto>();
        foreach (var t in await ToDtosAsync(items, ct))
        {
            var record = await records.GetAsync(t.ProcessKey, t.BusinessKey, t.InstanceId, t.UnitId, participant: true, ct);
            dtos.Add(t with
            {
                ProcessName = await records.ProcessNameAsync(t.ProcessKey, ct), RecordTitle = record?.Title,
                RecordUnit = record?.UnitName ?? await records.UnitNameAsync(t.UnitId, ct),
            });
        }
        return new PagedResult<WorkflowTaskDto>(dtos, total, p, size);
    }

    public async Task<TaskCountsDto> GetCountsAsync(CancellationToken ct = default) => await repo.CountsAsync(await MeAsync(), clock.UtcNow, ct);

    public async Task<WorkflowTaskDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var task = await FindVisibleAsync(id, ct);
        var found = await repo.FindWithInstanceAsync(id, ct);
        var model = found == null ? null : await runtime.ModelAsync(found.Value.Instance.DefinitionVersionId, ct);
        var record = await records.GetAsync(task.ProcessKey, task.BusinessKey, task.InstanceId, task.UnitId, await IsParticipantAsync(task, ct), ct);
        return (await ToDtosAsync([task], ct))[0] with
        {
            ProcessName = await records.ProcessNameAsync(task.ProcessKey, ct), RecordTitle = record?.Title,
            RecordUnit = record?.UnitName ?? await records.UnitNameAsync(task.UnitId, ct),
            Fields = (model?.FindNode(task.ElementId)?.Form ?? []).Select(FieldOf).ToList(),
        };
    }

    public async Task<TaskRecordDto> GetRecordAsync(Guid id, CancellationToken ct = default)
    {
        var task = await FindVisibleAsync(id, ct);
        var record = await records.GetAsync(task.ProcessKey, task.BusinessKey, task.InstanceId, task.UnitId, await IsParticipantAsync(task, ct), ct);
        var done = (await repo.GetByInstanceAsync(task.InstanceId, ct))
            .Where(t => t.Status == WorkflowTaskStatus.Completed && (t.Outcome != null || !string.IsNullOrWhiteSpace(t.Comment))).ToList();
        var names = (await identity.GetUsersAsync(done.Select(t => t.CompletedById).OfType<Guid>().Distinct().ToList(), ct))
            .ToDictionary(u => u.Id, u => u.FullName);
        var comments = done.Select(t => new WorkflowRecordComment(
                t.CompletedAt ?? t.CreatedAt,
                (t.CompletedById is { } by && names.TryGetValue(by, out var n) ? n : "") + " · "
                    + LocalizerExtensions.Pick(t.NameKk, t.NameRu, t.NameEn),
                t.Outcome == null ? null : l["Workflow:Outcome." + t.Outcome].Value, t.Comment ?? ""))
            .Concat(record?.Comments ?? []).OrderBy(c => c.At).ToList();
        return new TaskRecordDto(record, comments);
    }

    public async Task<IReadOnlyList<WorkflowTaskDto>> GetByInstanceAsync(Guid instanceId, CancellationToken ct = default)
    {
        await user.EnsureAsync(WorkflowPermissions.Instances.Default);
        var units = await scope.GetAsync(ct);
        var tasks = (await repo.GetByInstanceAsync(instanceId, ct)).Where(t => units.Contains(t.UnitId)).ToList();
        var manager = await user.HasPermissionAsync(WorkflowPermissions.Tasks.Manage);
        var me = user.Id;
        var offered = manager || me == null ? new HashSet<Guid>() : (await repo.CandidateTaskIdsAsync(instanceId, me.Value, ct)).ToHashSet();
        return (await ToDtosAsync(tasks, ct)).Zip(tasks, (dto, t) => dto with
        {
            CanOpen = manager || (me is { } m && Holds(t, m)) || offered.Contains(t.Id),
        }).ToList();
    }

    public async Task<WorkflowTaskDto> ClaimAsync(Guid id, int version, CancellationToken ct = default)
    {
        var (me, task) = await OpenAsync(id, version, ct);
        if (task.AssigneeId == me) return await GetAsync(id, ct);
        if (task.AssigneeId != null) throw new QaException(WorkflowErrorCodes.TaskClaimed, 409);
        if (!await repo.IsCandidateAsync(id, me, ct)) throw new QaException(WorkflowErrorCodes.NotYourTask, 403);
        return await AssignAsync(task, me, null, "Claimed", ct);
    }

    public async Task<WorkflowTaskDto> ReleaseAsync(Guid id, int version, CancellationToken ct = default)
    {
        var (me, task) = await OpenAsync(id, version, ct);
        if (task.AssigneeId != me || task.OwnerId != null) throw new QaException(WorkflowErrorCodes.NotYourTask, 403);
        return await AssignAsync(task, null, null, "Released", ct);
    }

    public async Task<WorkflowTaskDto> DelegateAsync(Guid id, DelegateTaskInput input, CancellationToken ct = default)
    {
        var (me, task) = await OpenAsync(id, input.Version, ct);
        if (task.AssigneeId != me) throw new QaException(WorkflowErrorCodes.NotYourTask, 403);
        if (input.UserId == me || (await identity.GetUsersAsync([input.UserId], ct)).Count == 0)
            throw ValidationException.For(nameof(input.UserId), WorkflowErrorCodes.UnknownUser);
        return await AssignAsync(task, input.UserId, task.OwnerId ?? me, "Delegated", ct, input.Comment);
    }

    public async Task<WorkflowTaskDto> ResolveAsync(Guid id, string? comment, int version, CancellationToken ct = default)
    {
        var (me, task) = await OpenAsync(id, version, ct);
        if (task.AssigneeId != me || task.OwnerId is not { } owner) throw new QaException(WorkflowErrorCodes.NotYourTask, 403);
        return await AssignAsync(task, owner, null, "Resolved", ct, comment);
    }

    public async Task CompleteAsync(Guid id, CompleteTaskInput input, CancellationToken ct = default)
    {
        var found = await repo.FindWithInstanceAsync(id, ct);
        var (me, task) = await OpenAsync(found?.Task, id, input.Version, ct);
        if (task.OwnerId != null) throw new QaException(WorkflowErrorCodes.NotYourTask, 403);
        if (task.AssigneeId != me && (task.AssigneeId != null || !await repo.IsCandidateAsync(id, me, ct)))
            throw new QaException(task.AssigneeId == null ? WorkflowErrorCodes.NotYourTask : WorkflowErrorCodes.TaskClaimed, 403);
        if (task.FourEyes && (await repo.GetCompletersAsync(task.InstanceId, ct)).Contains(me)) throw new QaException(WorkflowErrorCodes.FourEyes,
            403);
        var outcome = input.Outcome?.Trim().ToLowerInvariant();
        new Check()
            .That(task.FormKey != "approval" || (outcome != null && WorkflowConsts.Outcomes.Contains(outcome)), nameof(input.Outcome),
                WorkflowErrorCodes.OutcomeRequired)
            .That(outcome == null || WorkflowConsts.Outcomes.Contains(outcome), nameof(input.Outcome), WorkflowErrorCodes.OutcomeRequired)
            .That(outcome != "revise" && outcome != "reject" || !string.IsNullOrWhiteSpace(input.Comment), nameof(input.Comment), ErrorCodes.Required)
            .Optional(nameof(input.Comment), input.Comment, WorkflowConsts.CommentMax)
            .ThrowIfAny();
        await runtime.CompleteTaskAsync(task, found!.Value.Instance, me, input.Values, outcome, input.Comment?.Trim(), ct);
        await audit.WriteAsync("WorkflowTask", id, "Completed",
            [new AuditChange("Outcome", null, outcome), new AuditChange("Comment", null, input.Comment)], ct);
    }

    /// <summary>The catalogue's label for the field's id when it has one (a shipped field), else the model's label, else the id.</summary>
    private TaskFormFieldDto FieldOf(FormFieldInfo f)
    {
        var known = l["Workflow:Field." + f.Id];
        var label = known.ResourceNotFound ? (string.IsNullOrWhiteSpace(f.Label) ? f.Id : f.Label.Trim()) : known.Value;
        var options = f.Options.Select(o =>
        {
            var text = l["Workflow:Field." + f.Id + "." + o.Id];
            return new KeyValuePair<string,
                string>(o.Id, text.ResourceNotFound ? (string.IsNullOrWhiteSpace(o.Name) ? o.Id : o.Name.Trim()) : text.Value);
        }).ToList();
        return new TaskFormFieldDto(f.Id, label, f.Type, options, f.Required, f.DefaultValue);
    }

    private async Task<WorkflowTaskDto> AssignAsync(TaskState task, Guid? assignee, Guid? owner, string action, CancellationToken ct,
        string? comment = null)
    {
        await repo.UpdateAssignmentAsync(task.Id, assignee, owner, task.Version, clock.UtcNow, user.UserName ?? "system", ct);
        await audit.WriteAsync("WorkflowTask", task.Id, action,
            [new AuditChange("Assignee", task.AssigneeId?.ToString(), assignee?.ToString()),
                new AuditChange("Owner", task.OwnerId?.ToString(), owner?.ToString()),
             new AuditChange("Comment", null, comment)], ct);
        // Read without the visibility check: a delegate who resolved no longer sees the task, but gets the result.
        return (await ToDtosAsync([(await repo.FindAsync(task.Id, ct))!], ct))[0];
    }

    private async Task<(Guid Me, TaskState Task)> OpenAsync(Guid id, int version, CancellationToken ct) =>
        await OpenAsync(await repo.FindAsync(id, ct), id, version, ct);

    private async Task<(Guid Me, TaskState Task)> OpenAsync(TaskState? found, Guid id, int version, CancellationToken ct)
    {
        var task = await VisibleAsync(found, id, ct);
        if (task.Status != WorkflowTaskStatus.Open) throw new QaException(WorkflowErrorCodes.TaskNotOpen, 409);
        if (version != task.Version) throw new ConcurrencyConflictException("WorkflowTask", id);
        return (user.Id!.Value, task);
    }

    /// <summary>Own, delegated, offered or completed-by-me tasks; any task in scope for task managers; otherwise not found.</summary>
    private async Task<TaskState> FindVisibleAsync(Guid id, CancellationToken ct) => await VisibleAsync(await repo.FindAsync(id, ct), id, ct);

    private async Task<TaskState> VisibleAsync(TaskState? task, Guid id, CancellationToken ct)
    {
        if (task != null && await IsParticipantAsync(task, ct)) return task;
        if (task != null && await user.HasPermissionAsync(WorkflowPermissions.Tasks.Manage) && (await scope.GetAsync(ct))
            .Contains(task.UnitId)) return task;
        throw new EntityNotFoundException("WorkflowTask", id);
    }

    /// <summary>The task is the caller's to act on: assigned, offered, delegated by them or done by them.</summary>
    private async Task<bool> IsParticipantAsync(TaskState task, CancellationToken ct)
    {
        var me = await MeAsync();
        return Holds(task, me) || await repo.IsCandidateAsync(task.Id, me, ct);
    }

    /// <summary>Assigned to, delegated by or done by <paramref name="me"/>: a participant without asking who was offered it.</summary>
    private static bool Holds(TaskState task, Guid me) => task.AssigneeId == me || task.OwnerId == me || task.CompletedById == me;

    private async Task<Guid> MeAsync()
    {
        await user.EnsureAsync(WorkflowPermissions.Tasks.Default);
        return user.Id ?? throw new QaException(ErrorCodes.Forbidden, 403);
    }

    private async Task<IReadOnlyList<WorkflowTaskDto>> ToDtosAsync(IReadOnlyList<TaskState> tasks, CancellationToken ct)
    {
        var ids = tasks.SelectMany(t => new[] { t.AssigneeId, t.OwnerId, t.CompletedById }).OfType<Guid>().Distinct().ToList();
        var names = (await identity.GetUsersAsync(ids, ct)).ToDictionary(u => u.Id, u => u.FullName);
        string? Name(Guid? id) => id is { } g && names.TryGetValue(g, out var n) ? n : null;
        return tasks.Select(t => new WorkflowTaskDto
        {
            Id = t.Id, InstanceId = t.InstanceId, ProcessKey = t.ProcessKey, BusinessKey = t.BusinessKey, UnitId = t.UnitId, ElementId = t.ElementId,
            NameKk = t.NameKk, NameRu = t.NameRu, NameEn = t.NameEn, FormKey = t.FormKey, Status = t.Status, AssigneeId = t.AssigneeId,
            AssigneeName = Name(t.AssigneeId), OwnerId = t.OwnerId, OwnerName = Name(t.OwnerId), CandidateGroups = t.CandidateGroups,
            FourEyes = t.FourEyes, CreatedAt = t.CreatedAt, DueAt = t.DueAt, CompletedAt = t.CompletedAt, CompletedByName = Name(t.CompletedById),
            Outcome = t.Outcome, OutcomeName = t.Outcome == null ? null : l["Workflow:Outcome." + t.Outcome].Value, Comment = t.Comment,
                Version = t.Version,
        }).ToList();
    }
}
