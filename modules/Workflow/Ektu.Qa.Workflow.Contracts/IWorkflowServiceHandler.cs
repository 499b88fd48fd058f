namespace Ektu.Qa.Workflow;

/// <summary>
/// A service task's handler, named in the model as <c>implementation="${environment.services.&lt;Key&gt;}"</c>. Modules
/// register theirs (<c>services.AddScoped&lt;IWorkflowServiceHandler, ...&gt;()</c>); it runs in the step's transaction.
/// </summary>
public interface IWorkflowServiceHandler
{
    /// <summary>The handler key, by convention <c>&lt;Module&gt;.&lt;Action&gt;</c>.</summary>
    string Key { get; }

    Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct);
}
