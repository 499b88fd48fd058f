using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary><c>ProgrammeMonitoring.ApproveProgramme</c>: the last level approved; the version is frozen and the programme Approved.</summary>
internal sealed class ApproveProgrammeHandler(ProgrammeApprovalAppService approvals, ProgrammeAppService programmes) : IWorkflowServiceHandler
{
    public string Key => "ProgrammeMonitoring.ApproveProgramme";

    public Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct) =>
        ApprovalHandlers.RunAsync(approvals, context, ApprovalOutcome.Approved, async (a, comment) =>
        {
            await programmes.ApproveByProcessAsync(a.ProgrammeId, a.VersionNumber!.Value, ct);
            return null;
        }, ct);
}
