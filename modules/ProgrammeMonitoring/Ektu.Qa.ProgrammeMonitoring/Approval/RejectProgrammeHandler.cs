using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary><c>ProgrammeMonitoring.RejectProgramme</c>: a level rejected the version; it is withdrawn.</summary>
internal sealed class RejectProgrammeHandler(ProgrammeApprovalAppService approvals, ProgrammeAppService programmes) : IWorkflowServiceHandler
{
    public string Key => "ProgrammeMonitoring.RejectProgramme";

    public Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct) =>
        ApprovalHandlers.RunAsync(approvals, context, ApprovalOutcome.Rejected, async (a, comment) =>
        {
            await programmes.RejectByProcessAsync(a.ProgrammeId, a.VersionNumber!.Value, ct);
            return null;
        }, ct);
}
