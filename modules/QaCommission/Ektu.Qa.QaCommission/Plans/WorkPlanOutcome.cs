using Ektu.Qa.Workflow;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary>What the three work plan handlers share: find the plan named by the business key and record the outcome.</summary>
internal static class WorkPlanOutcome
{
    public static async Task<WorkflowServiceResult> ApplyAsync(PlanAppService plans, WorkflowServiceContext context,
        WorkPlanStatus outcome, CancellationToken ct)
    {
        if (PlanAppService.PlanIdOf(context.BusinessKey) is not { } planId) return WorkflowServiceResult.Error("NotAWorkPlan", context.BusinessKey);
        var comment = context.Variables["comment"]?.GetValue<string>();
        var applied = await plans.ConcludeAsync(planId, context.InstanceId, context.UnitId, outcome, comment, ct);
        return WorkflowServiceResult.Ok(new System.Text.Json.Nodes.JsonObject { ["planStatus"] = applied ? outcome.ToString() : "Unchanged" });
    }
}
