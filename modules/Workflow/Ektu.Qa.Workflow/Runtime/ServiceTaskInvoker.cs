using Ektu.Qa.Workflow.Instances;
using Microsoft.Extensions.DependencyInjection;
using Ektu.Qa.Workflow.Engine;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// Calls the module handler a service task names, in the step's unit of work. An unknown handler is a model error:
/// the instance fails at that task (and can be retried once the handler exists). The step's writes so far are sent before
/// a handler runs: it may read them (the task just completed, through its module's services).
/// </summary>
internal sealed class ServiceTaskInvoker(IServiceProvider services, InstanceRow instance, StepWrites writes) : IServiceTaskInvoker
{
    public async ValueTask<ServiceResult> InvokeAsync(ServiceCall call, CancellationToken ct)
    {
        // Resolved per call, not injected: handlers use their modules' app services, which may start processes themselves.
        var handler = services.GetServices<IWorkflowServiceHandler>()
            .FirstOrDefault(h => string.Equals(h.Key, call.Service, StringComparison.Ordinal));
        if (handler == null) return new ServiceResult { UnknownService = true, ErrorMessage = $"No service handler '{call.Service}' is registered." };
        await writes.FlushAsync(ct);
        var context = new WorkflowServiceContext(instance.Id, instance.ProcessKey, instance.BusinessKey, instance.UnitId, call.ActivityId,
            call.Variables.DeepClone().AsObject());
        var result = await handler.InvokeAsync(context, ct);
        return new ServiceResult { Set = result.Set, ErrorCode = result.ErrorCode, ErrorMessage = result.ErrorMessage };
    }
}
