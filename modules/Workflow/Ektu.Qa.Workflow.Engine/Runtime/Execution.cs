using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine.Expressions;
using Ektu.Qa.Workflow.Engine.Parsing;

namespace Ektu.Qa.Workflow.Engine.Runtime;

/// <summary>
/// One step of one instance. Tokens about to move are a stack (<see cref="InstanceState.Agenda"/>): an element's outgoing flows are
/// pushed in reverse document order, so the first branch runs to its end or wait before the next starts (depth-first, as bpmn-engine).
/// </summary>
internal sealed partial class Execution(ProcessModel model, InstanceState state, IServiceTaskInvoker services, Func<DateTime> now,
    CancellationToken ct)
{
    private const int StepBudget = 10_000;
    private readonly List<EngineEvent> _events = [];
    private int _budget = StepBudget;
    private readonly ExpressionBudget _expressionTime = new();

    private bool Running => state.Status == InstanceStatus.Running;

    public StepResult Result() => new(state, _events);

    public async Task StartAsync()
    {
        await EnterAsync(model.Node(model.StartEventId), null);
        await RunAsync();
    }

    public async Task CompleteWaitAsync(WaitState wait, JsonObject? output)
    {
        RemoveWait(wait);
        Merge(output);
        var ai = Find(wait.ActivityInstanceId) ?? throw new BpmnEngineException("WaitNotFound", "the waiting activity is gone");
        await CompleteActivityAsync(ai);
        await RunAsync();
    }

    public async Task FireTimerAsync(WaitState wait)
    {
        var host = Find(wait.ActivityInstanceId) ?? throw new BpmnEngineException("WaitNotFound", "the timer's activity is gone");
        RemoveWait(wait);
        Emit(new EngineEvent(EngineEventKind.TimerFired, wait.ElementId) { WaitId = wait.Id });
        var node = model.Node(wait.ElementId);
        if (node.Kind == NodeKind.IntermediateTimer)
        {
            await CompleteActivityAsync(host);
        }
        else
        {
            var scope = host.ScopeId;
            if (node.CancelActivity) Cancel(host);
            FireBoundary(node, scope);
        }
        await RunAsync();
    }

    public void CancelInstance()
    {
        foreach (var a in state.Activities.Where(a => a.ScopeId is null).ToList()) Cancel(a);
        foreach (var w in state.Waits.ToList()) RemoveWait(w);
        state.Activities.Clear();
        state.Agenda.Clear();
        state.Joins.Clear();
        state.Error = null;
        state.Status = InstanceStatus.Terminated;
        state.EndedAt = now();
        Emit(new EngineEvent(EngineEventKind.InstanceTerminated, null));
    }

    public async Task RetryAsync()
    {
        var failedId = state.Error?.ActivityInstanceId;
        state.Status = InstanceStatus.Running;
        state.Error = null;
        var ai = failedId is { } id ? Find(id) : null;
        if (ai is not null)
        {
            var node = model.Node(ai.ElementId);
            if (ai.MultiInstance is not null) await AfterIterationAsync(node, ai, null);
            else if (node.MultiInstance is not null && ai.LoopIndex is null) await StartMultiInstanceAsync(node, ai);
            else await ExecuteAsync(node, ai);
        }
        await RunAsync();
    }

    public async Task MoveAsync(ActivityInstance from, NodeInfo to)
    {
        state.Status = InstanceStatus.Running;
        state.Error = null;
        var scope = from.ScopeId;
        Cancel(from);
        await EnterAsync(to, scope);
        await RunAsync();
        CheckScope(scope);
    }

    private async Task RunAsync()
    {
        while (Running && state.Agenda.Count > 0)
        {
            if (--_budget < 0)
            {
                Fail(null, "LoopLimit", $"more than {StepBudget} elements ran in one step; the model probably loops without a wait state");
                return;
            }
            var item = state.Agenda[^1];
            state.Agenda.RemoveAt(state.Agenda.Count - 1);
            if (item.ScopeId is { } scopeId && Find(scopeId) is null) continue;
            var flow = model.Flow(item.FlowId);
            Emit(new EngineEvent(EngineEventKind.FlowTaken, flow.Id));
            await ArriveAsync(model.Node(flow.TargetId), item.ScopeId, flow.Id);
        }
    }

    private async Task ArriveAsync(NodeInfo node, Guid? scopeId, string flowId)
    {
        if (node.Kind == NodeKind.ParallelGateway && node.Incoming.Count > 1)
        {
            var join = state.Joins.FirstOrDefault(j => j.ScopeId == scopeId && j.GatewayId == node.Id);
            if (join is null)
            {
                join = new JoinState { ScopeId = scopeId, GatewayId = node.Id };
                state.Joins.Add(join);
            }
            join.Tokens[flowId] = join.Tokens.GetValueOrDefault(flowId) + 1;
            if (!node.Incoming.All(f => join.Tokens.GetValueOrDefault(f) > 0)) return;
            foreach (var f in node.Incoming)
                if (--join.Tokens[f] == 0) join.Tokens.Remove(f);
            if (join.Tokens.Count == 0) state.Joins.Remove(join);
        }
        await EnterAsync(node, scopeId);
    }

    private async Task EnterAsync(NodeInfo node, Guid? scopeId)
    {
        var ai = new ActivityInstance { Id = Guid.NewGuid(), ElementId = node.Id, ScopeId = scopeId };
        state.Activities.Add(ai);
        Emit(new EngineEvent(EngineEventKind.Entered, node.Id));
        foreach (var b in node.Boundaries)
        {
            if (b.Kind != NodeKind.BoundaryTimer) continue;
            if (!ArmTimer(b, ai)) return;
        }
        if (node.MultiInstance is not null) await StartMultiInstanceAsync(node, ai);
        else await ExecuteAsync(node, ai);
    }

    private async Task ExecuteAsync(NodeInfo node, ActivityInstance ai)
    {
        switch (node.Kind)
        {
            case NodeKind.StartEvent:
            case NodeKind.ParallelGateway:
                Complete(ai, node.Outgoing);
                break;
            case NodeKind.EndEvent:
                Complete(ai, []);
                break;
            case NodeKind.TerminateEndEvent:
                Terminate(node, ai);
                break;
            case NodeKind.ErrorEndEvent:
                RemoveActivity(ai);
                Emit(new EngineEvent(EngineEventKind.Completed, node.Id));
                Emit(new EngineEvent(EngineEventKind.EndEventReached, node.Id));
                var scope = ai.ScopeId is { } s ? Find(s) : null;
                // Uncaught at process level an error end behaves as a none end event (bpmn-engine and Camunda 7 agree).
                if (scope is null || !ThrowError(scope, node.ErrorRef, node.ErrorCode)) CheckScope(ai.ScopeId);
                break;
            case NodeKind.UserTask:
                CreateUserTask(node, ai);
                break;
            case NodeKind.ServiceTask:
                await CallServiceAsync(node, ai);
                break;
            case NodeKind.ExclusiveGateway:
            case NodeKind.InclusiveGateway:
                EvaluateGateway(node, ai);
                break;
            case NodeKind.IntermediateTimer:
                ArmTimer(node, ai);
                break;
            case NodeKind.MessageCatch:
                AddWait(new WaitState { Kind = WaitKind.Message, ElementId = node.Id, ActivityInstanceId = ai.Id, MessageName = node.MessageName });
                break;
            case NodeKind.SubProcess:
                await EnterAsync(model.Node(node.StartEventId!), ai.Id);
                break;
            default:
                Fail(ai, "Unsupported", $"{node.Kind} cannot be executed");
                break;
        }
    }

    private async Task CompleteActivityAsync(ActivityInstance ai)
    {
        if (ai.LoopIndex is not null)
        {
            await CompleteIterationAsync(ai);
            return;
        }
        Complete(ai, model.Node(ai.ElementId).Outgoing);
    }

    private void Complete(ActivityInstance ai, IReadOnlyList<FlowInfo> flows)
    {
        var node = model.Node(ai.ElementId);
        RemoveActivity(ai);
        Emit(new EngineEvent(EngineEventKind.Completed, node.Id));
        if (node.IsEndEvent) Emit(new EngineEvent(EngineEventKind.EndEventReached, node.Id));
        Push(flows, ai.ScopeId);
        if (flows.Count == 0) CheckScope(ai.ScopeId);
    }

    private void Push(IReadOnlyList<FlowInfo> flows, Guid? scopeId)
    {
        for (var i = flows.Count - 1; i >= 0; i--)
            state.Agenda.Add(new PendingFlow { FlowId = flows[i].Id, ScopeId = scopeId });
    }

    /// <summary>A scope (sub-process instance or the process) completes when no activity, pending token or join token is left in it.</summary>
    private void CheckScope(Guid? scopeId)
    {
        if (!Running) return;
        if (state.Activities.Any(a => a.ScopeId == scopeId)) return;
        if (state.Agenda.Any(p => p.ScopeId == scopeId)) return;
        if (state.Joins.Any(j => j.ScopeId == scopeId)) return;
        if (scopeId is null)
        {
            foreach (var w in state.Waits.ToList()) RemoveWait(w);
            state.Status = InstanceStatus.Completed;
            state.EndedAt = now();
            Emit(new EngineEvent(EngineEventKind.InstanceCompleted, null));
            return;
        }
        if (Find(scopeId.Value) is { } sub) Complete(sub, model.Node(sub.ElementId).Outgoing);
    }

    private void Terminate(NodeInfo node, ActivityInstance ai)
    {
        var scope = ai.ScopeId;
        foreach (var other in state.Activities.Where(a => a.ScopeId == scope && a.Id != ai.Id).ToList()) Cancel(other);
        state.Agenda.RemoveAll(p => p.ScopeId == scope);
        state.Joins.RemoveAll(j => j.ScopeId == scope);
        RemoveActivity(ai);
        Emit(new EngineEvent(EngineEventKind.Completed, node.Id));
        Emit(new EngineEvent(EngineEventKind.EndEventReached, node.Id));
        if (scope is not null)
        {
            CheckScope(scope);
            return;
        }
        foreach (var w in state.Waits.ToList()) RemoveWait(w);
        state.Activities.Clear();
        state.Agenda.Clear();
        state.Joins.Clear();
        state.Status = InstanceStatus.Terminated;
        state.EndedAt = now();
        Emit(new EngineEvent(EngineEventKind.InstanceTerminated, node.Id));
    }

    /// <summary>Cancels an activity with everything inside it (inner activities, its waits and timers, tokens of its scope).</summary>
    private void Cancel(ActivityInstance ai)
    {
        foreach (var child in state.Activities.Where(c => c.ScopeId == ai.Id).ToList()) Cancel(child);
        foreach (var w in state.Waits.Where(w => w.ActivityInstanceId == ai.Id).ToList()) RemoveWait(w);
        state.Agenda.RemoveAll(p => p.ScopeId == ai.Id);
        state.Joins.RemoveAll(j => j.ScopeId == ai.Id);
        state.Activities.Remove(ai);
        Emit(new EngineEvent(EngineEventKind.Cancelled, ai.ElementId) { LoopIndex = ai.LoopIndex });
    }

    private void FireBoundary(NodeInfo boundary, Guid? scopeId)
    {
        Emit(new EngineEvent(EngineEventKind.Entered, boundary.Id));
        Emit(new EngineEvent(EngineEventKind.Completed, boundary.Id));
        Push(boundary.Outgoing, scopeId);
        if (boundary.Outgoing.Count == 0) CheckScope(scopeId);
    }

    /// <summary>Finds the innermost activity (from <paramref name="from"/> outwards) with a matching error boundary; cancels it and follows the
    /// boundary.</summary>
    private bool ThrowError(ActivityInstance from, string? errorRef, string? code)
    {
        var current = from;
        while (current is not null)
        {
            if (current.LoopIndex is not null && current.ScopeId is { } bodyId) current = Find(bodyId)!;
            var node = model.Node(current.ElementId);
            var errors = node.Boundaries.Where(b => b.Kind == NodeKind.BoundaryError).ToList();
            var boundary = errors.FirstOrDefault(b => (errorRef is not null && b.ErrorRef == errorRef) || (code is not null && b.ErrorCode == code))
                           ?? errors.FirstOrDefault(b => b.ErrorRef is null);
            if (boundary is not null)
            {
                var scope = current.ScopeId;
                Cancel(current);
                FireBoundary(boundary, scope);
                return true;
            }
            current = current.ScopeId is { } parent ? Find(parent) : null;
        }
        return false;
    }

    private void Fail(ActivityInstance? ai, string code, string message)
    {
        state.Status = InstanceStatus.Error;
        state.Error = new EngineError { ElementId = ai?.ElementId, Code = code, Message = message, ActivityInstanceId = ai?.Id };
        Emit(new EngineEvent(EngineEventKind.InstanceFailed, ai?.ElementId) { Code = code, Message = message, LoopIndex = ai?.LoopIndex });
    }

    private ActivityInstance? Find(Guid id)
    {
        foreach (var a in state.Activities)
            if (a.Id == id) return a;
        return null;
    }

    private void RemoveActivity(ActivityInstance ai)
    {
        state.Activities.Remove(ai);
        foreach (var w in state.Waits.Where(w => w.ActivityInstanceId == ai.Id).ToList()) RemoveWait(w);
    }

    private void AddWait(WaitState wait)
    {
        wait.Id = Guid.NewGuid();
        wait.ArmedAt = now();
        wait.Sequence = ++state.Sequence;
        state.Waits.Add(wait);
        Emit(new EngineEvent(EngineEventKind.WaitCreated, wait.ElementId)
        {
            WaitId = wait.Id, WaitKind = wait.Kind, LoopIndex = wait.LoopIndex, ElementValue = wait.ElementValue?.DeepClone(),
            Assignee = wait.Assignee, CandidateGroups = wait.CandidateGroups.ToList(),
        });
    }

    private void RemoveWait(WaitState wait)
    {
        if (!state.Waits.Remove(wait)) return;
        Emit(new EngineEvent(EngineEventKind.WaitRemoved, wait.ElementId) { WaitId = wait.Id, WaitKind = wait.Kind, LoopIndex = wait.LoopIndex });
    }

    private void Emit(EngineEvent e) => _events.Add(e);

    private void Merge(JsonObject? values)
    {
        if (values is null) return;
        foreach (var (k, v) in values) state.Variables[k] = v?.DeepClone();
    }

    private static JsonObject Content(NodeInfo node, ActivityInstance ai)
    {
        var content = new JsonObject { ["id"] = node.Id };
        if (ai.LoopIndex is { } index)
        {
            content["index"] = index;
            content["loopCounter"] = index;
            if (node.MultiInstance?.ElementVariable is { } ev) content[ev] = ai.ElementValue?.DeepClone();
        }
        return content;
    }

    private CompiledExpression Compiled(string text, bool script = false) => model.Expressions.Get(text, script);

    private string? EvaluateString(string text, JsonObject content) =>
        JsEvaluator.EvaluateString(Compiled(text), state.Variables, content, _expressionTime);

    private DateTime? ResolveDue(string? text, NodeInfo node, ActivityInstance ai, bool isDate)
    {
        if (text is null) return null;
        var value = text.Contains("${", StringComparison.Ordinal) ? EvaluateString(text, Content(node, ai)) : text;
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!isDate && IsoDuration.TryParse(value, out var add)) return add(now());
        if (DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal,
            out var date))
            return date.UtcDateTime;
        if (IsoDuration.TryParse(value, out add)) return add(now());
        throw new EvaluationException($"'{value}' is neither an ISO-8601 duration nor a date");
    }
}
