using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>
/// <c>ProgrammeMonitoring.RecordRegisterEvent</c>: the register included or excluded the programme; the event is recorded
/// dated today, its reference the decision's comment (the register's order number).
/// </summary>
internal sealed class RecordRegisterEventHandler(ProgrammeApprovalAppService approvals, ProgrammeAppService programmes) : IWorkflowServiceHandler
{
    public string Key => "ProgrammeMonitoring.RecordRegisterEvent";

    public Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct) =>
        ApprovalHandlers.RunAsync(approvals, context, ApprovalOutcome.Approved, async (a, comment) =>
        {
            var reference = string.IsNullOrWhiteSpace(comment) ? a.InstanceId.ToString("N")[..8] : comment;
            await programmes.RecordRegisterByProcessAsync(a.ProgrammeId, a.RegisterKind!.Value,
                reference[..Math.Min(reference.Length, ProgrammeMonitoringConsts.ReferenceMax)], ct);
            return null;
        }, ct);
}
