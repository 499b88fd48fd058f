using System.Text.Json.Nodes;
using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>
/// <c>QualityPolicy.ApproveDocument</c>: the last step of the policy document approval process approves the pending
/// edition, in the same transaction as the task that concluded it. The decision number names the process instance.
/// </summary>
internal sealed class ApproveDocumentHandler(PolicyDocumentAppService documents, PolicyDocumentRepository repo, LocalCalendar calendar)
    : IWorkflowServiceHandler
{
    public const string ProcessKey = "policy-document-approval";

    private const string Prefix = "qp-document:";

    /// <summary>The variable the handler sets: Approved, or Unchanged when the instance was not the edition's own.</summary>
    private const string Result = "documentApproval";

    public string Key => "QualityPolicy.ApproveDocument";

    public static string BusinessKey(Guid documentId) => Prefix + documentId;

    /// <summary>The document a business key of this process names; <c>null</c> for any other key.</summary>
    public static Guid? DocumentIdOf(string businessKey) =>
        businessKey.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParse(businessKey[Prefix.Length..], out var id) ? id : null;

    public async Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct)
    {
        if (!string.Equals(context.ProcessKey, ProcessKey, StringComparison.Ordinal)
            || !context.BusinessKey.StartsWith(Prefix, StringComparison.Ordinal) || !Guid.TryParse(context.BusinessKey[Prefix.Length..], out var id))
            return WorkflowServiceResult.Error("NotAPolicyDocument", context.BusinessKey);
        var document = await repo.FindAsync(id, ct);
        if (document == null) return WorkflowServiceResult.Error("NotAPolicyDocument", context.BusinessKey);
        // As the work plan handlers do: an instance that is not the pending edition's own approval (another process naming
        // this document, or one superseded by a resubmission) changes nothing.
        var pending = (await repo.GetEditionsAsync(id, ct)).LastOrDefault(e => e.State == DocumentState.Draft);
        if (pending == null || pending.ApprovalInstanceId != context.InstanceId)
            return WorkflowServiceResult.Ok(new JsonObject { [Result] = "Unchanged" });
        // approverRole is the module's own start variable, which no task output can overwrite.
        var body = context.Variables["approverRole"]?.GetValue<string>() ?? "Dean";
        await documents.ApproveEditionAsync(id, new ApproveEditionInput
        {
            ApprovedOn = calendar.Today, ApprovingBody = body, DecisionNumber = "WF-" + context.InstanceId.ToString("N")[..8].ToUpperInvariant(),
            Version = document.Version,
        }, ct);
        return WorkflowServiceResult.Ok(new JsonObject { [Result] = nameof(DocumentState.Approved) });
    }
}
