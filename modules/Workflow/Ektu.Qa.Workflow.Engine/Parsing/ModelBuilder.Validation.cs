namespace Ektu.Qa.Workflow.Engine.Parsing;

internal sealed partial class ModelBuilder
{
    private void Link()
    {
        var byId = _nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var outgoing = _nodes.ToDictionary(n => n.Id, _ => new List<Engine.FlowInfo>(), StringComparer.Ordinal);
        var incoming = _nodes.ToDictionary(n => n.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var f in _flows)
        {
            if (!byId.TryGetValue(f.SourceId, out var source) || !byId.TryGetValue(f.TargetId, out var target))
            {
                Problem(f.Id, "InvalidFlow", $"sequence flow '{f.Id}' connects unknown or unsupported elements ('{f.SourceId}' -> '{f.TargetId}')");
                continue;
            }
            if (source.ScopeId != target.ScopeId)
            {
                Problem(f.Id, "InvalidFlow", $"sequence flow '{f.Id}' crosses a sub-process boundary");
                continue;
            }
            outgoing[source.Id].Add(f);
            incoming[target.Id].Add(f.Id);
            if (f.Condition is not null) Expr(f.Id, f.Condition, f.ConditionIsScript);
        }
        foreach (var n in _nodes)
        {
            n.Outgoing = outgoing[n.Id];
            n.Incoming = incoming[n.Id];
        }
        foreach (var b in _nodes.Where(n => n.IsBoundary))
        {
            if (b.AttachedToId is null || !byId.TryGetValue(b.AttachedToId, out var host)
                || host.Kind is not (NodeKind.UserTask or NodeKind.ServiceTask or NodeKind.SubProcess))
            {
                Problem(b.Id, "InvalidBoundary", $"boundary event '{b.Id}' must be attached to a user task, service task or sub-process");
                continue;
            }
            if (host.ScopeId != b.ScopeId)
            {
                Problem(b.Id, "InvalidBoundary", $"boundary event '{b.Id}' is not in the scope of its activity");
                continue;
            }
            host.Boundaries = [.. host.Boundaries, b];
        }
    }

    private void Validate()
    {
        foreach (var scope in _nodes.Where(n => n.Kind == NodeKind.SubProcess).Select(n => n.Id).Prepend(null))
        {
            var starts = _nodes.Where(n => n.ScopeId == scope && n.Kind == NodeKind.StartEvent).ToList();
            if (starts.Count == 0)
                Problem(scope ?? _processId, "MissingStartEvent",
                    scope is null ? "the process has no none start event" : $"sub-process '{scope}' has no none start event");
            else if (starts.Count > 1)
                Problem(starts[1].Id, "MultipleStartEvents",
                    $"{(scope is null ? "the process" : $"sub-process '{scope}'")} has several start events " +
                    $"({string.Join(", ", starts.Select(s => s.Id))}); exactly one is supported");
            else if (scope is not null)
                _nodes.First(n => n.Id == scope).StartEventId = starts[0].Id;
        }

        foreach (var n in _nodes)
        {
            if ((n.Kind == NodeKind.StartEvent || n.IsBoundary) && n.Incoming.Count > 0)
                Problem(n.Id, "InvalidFlow", $"'{n.Id}' cannot have incoming sequence flows");
            var isSplitGateway = n.Kind is NodeKind.ExclusiveGateway or NodeKind.InclusiveGateway;
            if (isSplitGateway)
            {
                if (n.DefaultFlowId is not null && n.Outgoing.All(f => f.Id != n.DefaultFlowId))
                    Problem(n.Id, "MissingDefault",
                        $"gateway '{n.Id}' names the default flow '{n.DefaultFlowId}', which is not one of its outgoing flows");
                if (n.Outgoing.Count > 1 || n.Kind == NodeKind.InclusiveGateway)
                    foreach (var f in n.Outgoing.Where(f => f.Id != n.DefaultFlowId && f.Condition is null))
                        Problem(f.Id, "MissingCondition", $"flow '{f.Id}' leaves gateway '{n.Id}' without a condition and is not its default flow");
                if (n.Kind == NodeKind.InclusiveGateway && n.Incoming.Count > 1)
                    Problem(n.Id, "UnsupportedElement",
                        $"inclusiveGateway '{n.Id}': inclusive joins are not supported (end inclusive branches in their own end events)");
            }
            else
            {
                foreach (var f in n.Outgoing.Where(f => f.Condition is not null))
                    Problem(f.Id, "UnsupportedElement",
                        $"flow '{f.Id}': conditions are only supported on flows leaving exclusive or inclusive gateways");
            }
            if (n.DefaultFlowId is not null && !isSplitGateway)
                Problem(n.Id, "UnsupportedElement", $"'{n.Id}': default flows are only supported on exclusive and inclusive gateways");
            if (n.IsEndEvent && n.Outgoing.Count > 0)
                Problem(n.Id, "InvalidFlow", $"end event '{n.Id}' cannot have outgoing sequence flows");
            if (n.MultiInstance is not null && n.Kind is not (NodeKind.UserTask or NodeKind.ServiceTask))
                Problem(n.Id, "UnsupportedElement", $"'{n.Id}': multi-instance is supported on user and service tasks only");
        }
    }
}
