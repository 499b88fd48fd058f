using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.Workflow.Tasks;

/// <summary>The inbox: one's own tasks and what can be done with them.</summary>
public interface ITaskAppService
{
    Task<PagedResult<WorkflowTaskDto>> GetInboxAsync(TaskFilter filter, int page = 1, int pageSize = 25, CancellationToken ct = default);

    Task<TaskCountsDto> GetCountsAsync(CancellationToken ct = default);

    /// <summary>A task the caller may see: their own, one offered to them, or any in scope with <c>Workflow.Tasks.Manage</c>.</summary>
    Task<WorkflowTaskDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>
    /// The record behind a task the caller may see, from the module that owns the process, with every comment so far
    /// (the record's and those of the instance's completed tasks).
    /// </summary>
    Task<TaskRecordDto> GetRecordAsync(Guid id, CancellationToken ct = default);

    /// <summary>The tasks of an instance, open and done (instance page).</summary>
    Task<IReadOnlyList<WorkflowTaskDto>> GetByInstanceAsync(Guid instanceId, CancellationToken ct = default);

    Task<WorkflowTaskDto> ClaimAsync(Guid id, int version, CancellationToken ct = default);

    Task<WorkflowTaskDto> ReleaseAsync(Guid id, int version, CancellationToken ct = default);

    /// <summary>Hands the task to another user; it comes back to the caller when the delegate resolves it.</summary>
    Task<WorkflowTaskDto> DelegateAsync(Guid id, DelegateTaskInput input, CancellationToken ct = default);

    /// <summary>The delegate hands the task back to its owner with a comment.</summary>
    Task<WorkflowTaskDto> ResolveAsync(Guid id, string? comment, int version, CancellationToken ct = default);

    /// <summary>Completes the task and runs the process on to its next wait, in the same transaction.</summary>
    Task CompleteAsync(Guid id, CompleteTaskInput input, CancellationToken ct = default);
}
