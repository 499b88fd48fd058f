using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Runtime;
using Ektu.Qa.Workflow.Tasks;

namespace Ektu.Qa.Workflow;

/// <summary>Starts and signals instances for business modules, in their unit of work; they have checked permissions.</summary>
internal sealed class WorkflowIntegrationService(
    WorkflowRuntime runtime, TaskRepository tasks, InstanceRepository instances, ICurrentUser user, AuditContext<WorkflowContractsModule> audit)
        : IWorkflowIntegrationService
{
    public async Task<Guid> StartAsync(string processKey, string businessKey, Guid unitId, JsonObject? variables, CancellationToken ct = default)
    {
        // Everything the module sets at start is the module's: no task output may overwrite it later.
        var row = await runtime.StartAsync(processKey, businessKey, unitId, variables, variables?.Select(v => v.Key).ToList() ?? [], ct);
        await audit.WriteAsync("ProcessInstance", row.Id, "Started", [new AuditChange("BusinessKey", null, businessKey)], ct,
            unitId: unitId);
        return row.Id;
    }

    public async Task<Guid> SubmitAsync(string processKey, string businessKey, Guid unitId, JsonObject? variables, CancellationToken ct = default)
    {
        var id = await StartAsync(processKey, businessKey, unitId, variables, ct);
        if (user.Id is not { } me) return id;
        // Only the tasks the start itself opened for the submitter: one pass, so a model looping back to them is not run on.
        foreach (var task in (await tasks.GetOpenByInstanceAsync(id, ct)).Where(t => t.AssigneeId == me).ToList())
        {
            var row = await instances.FindAsync(id, ct);
            if (row == null || row.Status != (int)InstanceStatus.Running) break;
            await runtime.CompleteTaskAsync(task, row, me, null, null, null, ct);
            await audit.WriteAsync("WorkflowTask", task.Id, "Completed", [new AuditChange("Submitted", null, businessKey)], ct,
                unitId: unitId);
        }
        return id;
    }

    public Task<int> CorrelateMessageAsync(string messageName, string businessKey, JsonObject? payload, CancellationToken ct = default) =>
        runtime.CorrelateAsync(messageName, businessKey, payload, ct);
}
