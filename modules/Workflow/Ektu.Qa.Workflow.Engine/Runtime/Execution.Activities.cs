using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine.Expressions;

namespace Ektu.Qa.Workflow.Engine.Runtime;

internal sealed partial class Execution
{
    private void CreateUserTask(NodeInfo node, ActivityInstance ai)
    {
        string? assignee;
        List<string> groups;
        DateTime? due;
        string? formKey;
        try
        {
            var content = Content(node, ai);
            assignee = node.Assignee is null ? null : EvaluateString(node.Assignee, content);
            var groupText = node.CandidateGroups is null ? null : EvaluateString(node.CandidateGroups, content);
            groups = (groupText ?? string.Empty).Split(',').Select(g => g.Trim()).Where(g => g.Length > 0).ToList();
            due = ResolveDue(node.DueDate, node, ai, isDate: false);
            formKey = node.FormKey is null ? null : EvaluateString(node.FormKey, content);
        }
        catch (EvaluationException e)
        {
            Fail(ai, "ExpressionFailed", $"{node.Id}: {e.Message}");
            return;
        }
        AddWait(new WaitState
        {
            Kind = WaitKind.UserTask, ElementId = node.Id, ActivityInstanceId = ai.Id, LoopIndex = ai.LoopIndex,
            ElementValue = ai.ElementValue?.DeepClone(), Assignee = assignee, CandidateGroups = groups, DueAt = due,
            FormKey = formKey, FourEyes = node.FourEyes,
        });
    }

    /// <summary>Arms an intermediate timer (<paramref name="host"/> is the event itself) or a boundary timer of <paramref name="host"/>.</summary>
    private bool ArmTimer(NodeInfo timer, ActivityInstance host)
    {
        DateTime? due;
        try
        {
            due = timer.TimerDuration is not null
                ? ResolveDue(timer.TimerDuration, timer, host, isDate: false)
                : ResolveDue(timer.TimerDate, timer, host, isDate: true);
        }
        catch (EvaluationException e)
        {
            Fail(host, "ExpressionFailed", $"{timer.Id}: {e.Message}");
            return false;
        }
        AddWait(new WaitState
        {
            Kind = WaitKind.Timer, ElementId = timer.Id, ActivityInstanceId = host.Id, DueAt = due ?? now(),
            Interrupting = timer.Kind == NodeKind.BoundaryTimer && timer.CancelActivity,
        });
        return true;
    }

    private async Task CallServiceAsync(NodeInfo node, ActivityInstance ai)
    {
        Emit(new EngineEvent(EngineEventKind.ServiceCalled, node.Id) { Service = node.Service, LoopIndex = ai.LoopIndex });
        ServiceResult result;
        try
        {
            var call = new ServiceCall(state.Token, node.Id, node.Service!, state.Variables.DeepClone().AsObject())
            {
                LoopIndex = ai.LoopIndex, ElementValue = ai.ElementValue?.DeepClone(),
            };
            result = await services.InvokeAsync(call, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            Fail(ai, "ServiceFailed", $"{node.Id}: handler '{node.Service}' failed: {e.Message}");
            return;
        }
        if (result.UnknownService)
        {
            Fail(ai, "UnknownService", $"{node.Id}: no handler named '{node.Service}'");
            return;
        }
        Merge(result.Set);
        if (result.ErrorCode is { } code)
        {
            if (!ThrowError(ai, null, code))
            {
                Fail(ai, code, result.ErrorMessage ?? $"{node.Id}: handler '{node.Service}' raised {code}");
                state.Error!.BpmnErrorCode = code;
            }
            return;
        }
        await CompleteActivityAsync(ai);
    }

    private void EvaluateGateway(NodeInfo node, ActivityInstance ai)
    {
        var selected = new List<FlowInfo>();
        try
        {
            JsonObject? content = null;
            foreach (var f in node.Outgoing)
            {
                if (f.Id == node.DefaultFlowId) continue;
                var taken = f.Condition is null
                            || JsEvaluator.EvaluateCondition(
                                Compiled(f.Condition, f.ConditionIsScript), state.Variables, content ??= Content(node, ai), _expressionTime);
                if (!taken) continue;
                selected.Add(f);
                if (node.Kind == NodeKind.ExclusiveGateway) break;
            }
        }
        catch (EvaluationException e)
        {
            Fail(ai, "ExpressionFailed", $"{node.Id}: {e.Message}");
            return;
        }
        if (selected.Count == 0 && node.DefaultFlowId is { } defaultId) selected.Add(model.Flow(defaultId));
        if (selected.Count == 0 && node.Outgoing.Count > 0)
        {
            Fail(ai, "NoFlowTaken", $"{node.Id} no conditional flow taken");
            return;
        }
        Complete(ai, selected);
    }

    private async Task StartMultiInstanceAsync(NodeInfo node, ActivityInstance body)
    {
        var mi = node.MultiInstance!;
        JsonArray? items = null;
        int total;
        try
        {
            var content = Content(node, body);
            if (mi.Collection is not null)
            {
                var value = JsEvaluator.EvaluateValue(Compiled(mi.Collection), state.Variables, content, _expressionTime);
                items = value as JsonArray ?? throw new EvaluationException($"the collection '{mi.Collection}' is not an array");
                total = items.Count;
            }
            else
            {
                var value = JsEvaluator.EvaluateValue(Compiled(mi.LoopCardinality!), state.Variables, content, _expressionTime);
                total = value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number ? (int)Numbers.ToDouble(v)
                    : int.TryParse(value?.ToString(), out var n) ? n
                        : throw new EvaluationException($"loopCardinality '{mi.LoopCardinality}' is not a number");
            }
        }
        catch (EvaluationException e)
        {
            Fail(body, "ExpressionFailed", $"{node.Id}: {e.Message}");
            return;
        }
        var progress = new MultiInstanceProgress { Items = items, Total = Math.Max(0, total) };
        body.MultiInstance = progress;
        if (progress.Total == 0)
        {
            Complete(body, node.Outgoing);
            return;
        }
        if (mi.IsSequential)
        {
            await StartIterationAsync(node, body, 0);
            return;
        }
        for (var i = 0; i < progress.Total; i++)
        {
            await StartIterationAsync(node, body, i);
            if (!Running || Find(body.Id) is null) return;
        }
    }

    private async Task StartIterationAsync(NodeInfo node, ActivityInstance body, int index)
    {
        var progress = body.MultiInstance!;
        progress.NextIndex = index + 1;
        var iteration = new ActivityInstance
        {
            Id = Guid.NewGuid(), ElementId = node.Id, ScopeId = body.Id, LoopIndex = index,
            ElementValue = progress.Items is { } items && index < items.Count ? items[index]?.DeepClone() : null,
        };
        state.Activities.Add(iteration);
        Emit(new EngineEvent(EngineEventKind.Entered, node.Id) { LoopIndex = index, ElementValue = iteration.ElementValue?.DeepClone() });
        await ExecuteAsync(node, iteration);
    }

    private async Task CompleteIterationAsync(ActivityInstance iteration)
    {
        var node = model.Node(iteration.ElementId);
        var body = Find(iteration.ScopeId!.Value)!;
        RemoveActivity(iteration);
        Emit(new EngineEvent(EngineEventKind.Completed, node.Id) { LoopIndex = iteration.LoopIndex });
        body.MultiInstance!.Completed++;
        await AfterIterationAsync(node, body, iteration);
    }

    /// <summary>After each instance (its output merged): the completion condition may end the activity early, cancelling the rest.</summary>
    private async Task AfterIterationAsync(NodeInfo node, ActivityInstance body, ActivityInstance? iteration)
    {
        var mi = node.MultiInstance!;
        var progress = body.MultiInstance!;
        if (mi.CompletionCondition is not null)
        {
            bool done;
            try
            {
                var content = Content(node, iteration ?? body);
                done = JsEvaluator.EvaluateCondition(Compiled(mi.CompletionCondition), state.Variables, content, _expressionTime);
            }
            catch (EvaluationException e)
            {
                Fail(body, "ExpressionFailed", $"{node.Id}: {e.Message}");
                return;
            }
            if (done)
            {
                foreach (var rest in state.Activities.Where(a => a.ScopeId == body.Id).ToList()) Cancel(rest);
                Complete(body, node.Outgoing);
                return;
            }
        }
        if (progress.Completed >= progress.Total)
        {
            Complete(body, node.Outgoing);
            return;
        }
        if (mi.IsSequential && progress.NextIndex < progress.Total && !state.Activities.Any(a => a.ScopeId == body.Id))
            await StartIterationAsync(node, body, progress.NextIndex);
    }
}
