using Ektu.Qa.Workflow;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary><c>QaCommission.ReturnWorkPlan</c>: a level returned the plan for revision; it goes back to Draft with that level's comment.</summary>
internal sealed class ReturnWorkPlanHandler(PlanAppService plans) : IWorkflowServiceHandler
{
    public string Key => "QaCommission.ReturnWorkPlan";

    public Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct) =>
        WorkPlanOutcome.ApplyAsync(plans, context, WorkPlanStatus.Draft, ct);
}
