using System.Text.Json;
using System.Text.Json.Nodes;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>What the service tasks of the two processes share: the comment of the deciding level and the run's outcome.</summary>
internal static class ApprovalHandlers
{
    public static async Task<WorkflowServiceResult> RunAsync(ProgrammeApprovalAppService approvals, WorkflowServiceContext context,
        ApprovalOutcome outcome, Func<ProgrammeApprovalDto, string?, Task<int?>> apply, CancellationToken ct)
    {
        var comment = context.Variables["comment"] is { } c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null;
        var applied = await approvals.ConcludeAsync(context.BusinessKey, context.InstanceId, outcome, comment, apply, ct);
        return WorkflowServiceResult.Ok(new JsonObject { ["programmeOutcome"] = applied ? outcome.ToString() : "Unchanged" });
    }
}
