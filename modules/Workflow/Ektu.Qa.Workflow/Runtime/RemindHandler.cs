using Ektu.Qa.Workflow.Tasks;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// <c>Workflow.Remind</c>, reached from a non-interrupting boundary timer: reminds whoever holds (or may claim) the
/// instance's open tasks.
/// </summary>
internal sealed class RemindHandler(TaskRepository tasks, WorkflowNotifier notifier) : IWorkflowServiceHandler
{
    public string Key => "Workflow.Remind";

    public async Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct)
    {
        foreach (var task in await tasks.GetOpenByInstanceAsync(context.InstanceId, ct))
            await notifier.ReminderAsync(task, task.AssigneeId is { } a ? [a] : await tasks.GetCandidatesAsync(task.Id, ct), ct);
        return WorkflowServiceResult.Ok();
    }
}
