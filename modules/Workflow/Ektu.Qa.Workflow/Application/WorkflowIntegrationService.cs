using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Workflow.Runtime;

namespace Ektu.Qa.Workflow.Application;

/// <summary>Starts and signals instances for business modules, in their unit of work; they have checked permissions.</summary>
internal sealed class WorkflowIntegrationService(WorkflowRuntime runtime, IAuditLog audit) : IWorkflowIntegrationService
{
    public async Task<Guid> StartAsync(string processKey, string businessKey, Guid unitId, JsonObject? variables, CancellationToken ct = default)
    {
        // Everything the module sets at start is the module's: no task output may overwrite it later.
        var row = await runtime.StartAsync(processKey, businessKey, unitId, variables, variables?.Select(v => v.Key).ToList() ?? [], ct);
        await audit.WriteAsync("Workflow", "ProcessInstance", row.Id, "Started", [new AuditChange("BusinessKey", null, businessKey)], ct, unitId: unitId);
        return row.Id;
    }

    public Task<int> CorrelateMessageAsync(string messageName, string businessKey, JsonObject? payload, CancellationToken ct = default) =>
        runtime.CorrelateAsync(messageName, businessKey, payload, ct);
}
