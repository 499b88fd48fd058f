namespace Ektu.Qa.Workflow.Engine;

/// <summary>
/// Runs service-task handlers. Return <see cref="ServiceResult.ErrorCode"/> for a BPMN error (catchable by an error boundary);
/// an unknown handler or an exception puts the instance in error at the task.
/// </summary>
public interface IServiceTaskInvoker
{
    ValueTask<ServiceResult> InvokeAsync(ServiceCall call, CancellationToken ct);
}
