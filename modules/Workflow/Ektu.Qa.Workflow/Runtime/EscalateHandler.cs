using System.Text.Json.Nodes;
using Ektu.Qa.Identity;
using Ektu.Qa.Workflow.Tasks;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// <c>Workflow.Escalate</c>, reached from an interrupting boundary timer (the overdue task is already cancelled):
/// tells the quality officers of the record's unit and sets <c>escalated = true</c> for the model to route on.
/// </summary>
internal sealed class EscalateHandler(TaskRepository tasks, IIdentityIntegrationService identity, WorkflowNotifier notifier) : IWorkflowServiceHandler
{
    public const string EscalationRole = "QualityOfficer";

    public string Key => "Workflow.Escalate";

    public async Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct)
    {
        var officers = (await identity.GetRoleHoldersAsync(context.UnitId, [EscalationRole], ct)).Select(u => u.Id).ToList();
        var last = (await tasks.GetByInstanceAsync(context.InstanceId, ct)).LastOrDefault();
        if (last != null) await notifier.EscalationAsync(last, officers, ct);
        return WorkflowServiceResult.Ok(new JsonObject { ["escalated"] = true });
    }
}
