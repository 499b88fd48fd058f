using Ektu.Qa.Workflow;

namespace Ektu.Qa.QaCommission.Plans;

/// <summary><c>QaCommission.RejectWorkPlan</c>: a level rejected the plan; it is closed as Rejected with the comment.</summary>
internal sealed class RejectWorkPlanHandler(PlanAppService plans) : IWorkflowServiceHandler
{
    public string Key => "QaCommission.RejectWorkPlan";

    public Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct) =>
        WorkPlanOutcome.ApplyAsync(plans, context, WorkPlanStatus.Rejected, ct);
}
