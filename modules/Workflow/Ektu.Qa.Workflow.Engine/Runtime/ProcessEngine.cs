using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine.Runtime;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>
/// Executes one <see cref="ProcessModel"/>. Stateless between calls: every method takes the persisted <see cref="InstanceState"/>,
/// runs synchronously to quiescence (depth-first, README §2.3), mutates and returns it with the events in execution order.
/// On an exception the state may be half-changed: callers reload it from storage.
/// </summary>
public sealed class ProcessEngine
{
    private readonly IServiceTaskInvoker _services;
    private readonly Func<DateTime> _utcNow;

    public ProcessEngine(ProcessModel model, IServiceTaskInvoker services, Func<DateTime> utcNow)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _utcNow = utcNow ?? throw new ArgumentNullException(nameof(utcNow));
    }

    public ProcessModel Model { get; }

    public async Task<StepResult> StartAsync(JsonObject? variables, CancellationToken ct = default)
    {
        var state = new InstanceState
        {
            Token = Guid.NewGuid(),
            ProcessId = Model.ProcessId,
            Status = InstanceStatus.Running,
            Variables = variables?.DeepClone().AsObject() ?? [],
            StartedAt = _utcNow(),
        };
        var x = NewExecution(state, ct);
        await x.StartAsync();
        return x.Result();
    }

    /// <summary>Completes a waiting user task or message catch, merging <paramref name="output"/> into the variables first.</summary>
    public async Task<StepResult> CompleteTaskAsync(InstanceState state, Guid waitId, JsonObject? output, CancellationToken ct = default)
    {
        EnsureRunning(state);
        var wait = state.Waits.FirstOrDefault(w => w.Id == waitId && w.Kind != WaitKind.Timer)
                   ?? throw new BpmnEngineException("WaitNotFound", $"task {waitId} is no longer waiting");
        var x = NewExecution(state, ct);
        await x.CompleteWaitAsync(wait, output);
        return x.Result();
    }

    public async Task<StepResult> FireTimerAsync(InstanceState state, Guid waitId, CancellationToken ct = default)
    {
        EnsureRunning(state);
        var wait = state.Waits.FirstOrDefault(w => w.Id == waitId && w.Kind == WaitKind.Timer)
                   ?? throw new BpmnEngineException("WaitNotFound", $"timer {waitId} is no longer armed");
        var x = NewExecution(state, ct);
        await x.FireTimerAsync(wait);
        return x.Result();
    }

    /// <summary>Delivers a message to the earliest-armed catch event waiting for it.</summary>
    public async Task<StepResult> DeliverMessageAsync(InstanceState state, string messageName, JsonObject? payload, CancellationToken ct = default)
    {
        EnsureRunning(state);
        var wait = state.Waits.Where(w => w.Kind == WaitKind.Message && w.MessageName == messageName).MinBy(w => w.Sequence)
                   ?? throw new BpmnEngineException("WaitNotFound", $"no catch event waits for the message '{messageName}'");
        var x = NewExecution(state, ct);
        await x.CompleteWaitAsync(wait, payload);
        return x.Result();
    }

    /// <summary>Administrative cancel: every activity, task and timer is cancelled; the instance ends <see
    /// cref="InstanceStatus.Terminated"/>.</summary>
    public Task<StepResult> CancelAsync(InstanceState state, CancellationToken ct = default)
    {
        if (state.Status is not (InstanceStatus.Running or InstanceStatus.Error))
            throw new BpmnEngineException("NotRunning", $"the instance is {state.Status}");
        var x = NewExecution(state, ct);
        x.CancelInstance();
        return Task.FromResult(x.Result());
    }

    /// <summary>Runs the element the instance failed at again (service task, gateway, expression), then continues.</summary>
    public async Task<StepResult> RetryAsync(InstanceState state, CancellationToken ct = default)
    {
        if (state.Status != InstanceStatus.Error)
            throw new BpmnEngineException("NotInError", $"the instance is {state.Status}, not in error");
        var x = NewExecution(state, ct);
        await x.RetryAsync();
        return x.Result();
    }

    /// <summary>Administrative move: cancels the activity at <paramref name="fromElementId"/> and enters <paramref name="toElementId"/> in the same
    /// scope.</summary>
    public async Task<StepResult> MoveTokenAsync(InstanceState state, string fromElementId, string toElementId, CancellationToken ct = default)
    {
        if (state.Status is not (InstanceStatus.Running or InstanceStatus.Error))
            throw new BpmnEngineException("NotRunning", $"the instance is {state.Status}");
        var from = Model.FindNode(fromElementId) ?? throw new BpmnEngineException("InvalidMove", $"'{fromElementId}' is not an element of the model");
        var to = Model.FindNode(toElementId) ?? throw new BpmnEngineException("InvalidMove", $"'{toElementId}' is not an element of the model");
        if (from.ScopeId != to.ScopeId || to.IsBoundary)
            throw new BpmnEngineException("InvalidMove", $"'{toElementId}' is not in the same scope as '{fromElementId}'");
        var active = state.Activities.FirstOrDefault(a => a.ElementId == fromElementId && a.LoopIndex is null)
                     ?? throw new BpmnEngineException("InvalidMove", $"'{fromElementId}' is not active");
        var x = NewExecution(state, ct);
        await x.MoveAsync(active, to);
        return x.Result();
    }

    private Execution NewExecution(InstanceState state, CancellationToken ct) => new(Model, state, _services, _utcNow, ct);

    private static void EnsureRunning(InstanceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != InstanceStatus.Running)
            throw new BpmnEngineException("NotRunning", $"the instance is {state.Status}");
    }
}
