namespace Ektu.Qa.Workflow.Records;

/// <summary>
/// What an approver reads about the record behind an instance, supplied by the module that owns the process (the same
/// module that registers its <see cref="WorkflowProcessOwner"/>): the inbox shows the title and unit, the task page the
/// whole card. Register one per module: <c>services.AddScoped&lt;IWorkflowRecordProvider, MyRecordProvider&gt;()</c>. The
/// workflow resolves providers only when it first needs a record, so a provider may take services that use the workflow's.
/// </summary>
public interface IWorkflowRecordProvider
{
    /// <summary>The process keys whose records this provider describes.</summary>
    IReadOnlyCollection<string> ProcessKeys { get; }

    /// <summary>
    /// The record in the current UI language, with links generated to the module's own pages and downloads; <c>null</c>
    /// when the record is gone or the caller may not see it under the module's own read rules (permission and scope).
    /// </summary>
    Task<WorkflowRecordSummary?> GetSummaryAsync(WorkflowRecordRequest request, CancellationToken ct = default);
}
