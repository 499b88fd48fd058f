using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Tests;

/// <summary>A module's service handler as a business module would register it: records that it ran, in the step's transaction.</summary>
public sealed class RecordHandler : IWorkflowServiceHandler
{
    public string Key => "Test.Record";

    public Task<WorkflowServiceResult> InvokeAsync(WorkflowServiceContext context, CancellationToken ct) =>
        Task.FromResult(WorkflowServiceResult.Ok(new JsonObject { ["recordedFor"] = context.BusinessKey }));
}
