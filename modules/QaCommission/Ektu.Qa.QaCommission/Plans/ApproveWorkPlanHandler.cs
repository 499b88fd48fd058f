using Ektu.Qa.Workflow;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary><c>QaCommission.ApproveWorkPlan</c>: the Academic Council's endorsement, the last step, approves the plan with today's date.</summary>
internal sealed class ApproveWorkPlanHandler(PlanAppService plans) : IWorkflowServiceHandler
{
    public string Key => "QaCommission.ApproveWorkPlan";

    public Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct) =>
        WorkPlanOutcome.ApplyAsync(plans, context, WorkPlanStatus.Approved, ct);
}
