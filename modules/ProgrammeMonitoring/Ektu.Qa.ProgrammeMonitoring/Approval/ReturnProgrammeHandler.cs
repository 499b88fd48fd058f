using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>
/// <c>ProgrammeMonitoring.ReturnProgramme</c>: a level returned the version; a new open version carries its comment for the
/// author to revise, and a Draft programme is Draft again.
/// </summary>
internal sealed class ReturnProgrammeHandler(ProgrammeApprovalAppService approvals, ProgrammeAppService programmes) : IWorkflowServiceHandler
{
    public string Key => "ProgrammeMonitoring.ReturnProgramme";

    public Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct) =>
        ApprovalHandlers.RunAsync(approvals, context, ApprovalOutcome.Returned, async (a, comment) =>
        {
            return await programmes.ReturnByProcessAsync(a.ProgrammeId, a.VersionNumber!.Value, comment, ct);
        }, ct);
}
