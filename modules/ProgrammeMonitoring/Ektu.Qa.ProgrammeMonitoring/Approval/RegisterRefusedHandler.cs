using Ektu.Qa.Workflow;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>
/// <c>ProgrammeMonitoring.RegisterRefused</c>: the register refused the change; the run keeps the refusal and its comment,
/// the programme is unchanged.
/// </summary>
internal sealed class RegisterRefusedHandler(ProgrammeApprovalAppService approvals) : IWorkflowServiceHandler
{
    public string Key => "ProgrammeMonitoring.RegisterRefused";

    public Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct) =>
        ApprovalHandlers.RunAsync(approvals, context, ApprovalOutcome.Rejected, (_, _) => Task.FromResult<int?>(null), ct);
}
