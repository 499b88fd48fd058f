using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine;

namespace Ektu.Qa.Workflow.Trace;

/// <summary>Collects engine events into the harness trace fields (multi-instance instances are not listed in entered/completed/cancelled).</summary>
public sealed class TraceBuilder(ProcessModel model)
{
    private readonly JsonArray _entered = [], _completed = [], _cancelled = [], _flows = [], _userTasks = [], _services = [], _timers = [],
        _ends = [];

    public void Add(IEnumerable<EngineEvent> events)
    {
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case EngineEventKind.Entered when e.LoopIndex is null:
                    _entered.Add(e.ElementId);
                    break;
                case EngineEventKind.Completed when e.LoopIndex is null:
                    _completed.Add(e.ElementId);
                    break;
                case EngineEventKind.Cancelled when e.LoopIndex is null:
                    _cancelled.Add(e.ElementId);
                    break;
                case EngineEventKind.FlowTaken:
                    _flows.Add(e.ElementId);
                    break;
                case EngineEventKind.EndEventReached:
                    _ends.Add(e.ElementId);
                    break;
                case EngineEventKind.ServiceCalled:
                    _services.Add(new JsonObject { ["activity"] = e.ElementId, ["service"] = e.Service });
                    break;
                case EngineEventKind.TimerFired:
                    _timers.Add(e.ElementId);
                    break;
                case EngineEventKind.WaitCreated when e.WaitKind == WaitKind.UserTask:
                    _userTasks.Add(UserTask(e));
                    break;
            }
        }
    }

    private JsonObject UserTask(EngineEvent e)
    {
        var node = model.FindNode(e.ElementId!)!;
        var rec = new JsonObject { ["id"] = e.ElementId };
        if (e.LoopIndex is { } index)
        {
            rec["instance"] = index;
            if (node.MultiInstance?.ElementVariable is not null && e.ElementValue is not null) rec["element"] = e.ElementValue.DeepClone();
        }
        if (node.Assignee is not null && e.Assignee is not null) rec["assignee"] = e.Assignee;
        if (node.CandidateGroups is not null) rec["candidateGroups"] = new JsonArray(e.CandidateGroups!.Select(g => (JsonNode?)g).ToArray());
        return rec;
    }

    public JsonObject Build(InstanceState state, IReadOnlyList<JsonObject> steps, int stepIndex, string modelName, string scenarioName,
        IEnumerable<string> reserved)
    {
        var variables = state.Variables.DeepClone().AsObject();
        // bpmn-engine reports the service task whose handler error went uncaught as left (cancelled); the engine keeps it for RetryAsync.
        var cancelled = _cancelled.DeepClone().AsArray();
        if (state.Error is { BpmnErrorCode: not null, ElementId: { } failed }) cancelled.Add(failed);
        foreach (var r in reserved) variables.Remove(r);
        var trace = new JsonObject
        {
            ["model"] = modelName,
            ["scenario"] = scenarioName,
            ["state"] = state.Status switch
            {
                InstanceStatus.Completed => "completed",
                InstanceStatus.Terminated => "terminated",
                InstanceStatus.Error => "error",
                _ => "waiting",
            },
            ["error"] = state.Error is { } err
                ? new JsonObject { ["activity"] = err.ElementId, ["code"] = err.BpmnErrorCode, ["message"] = err.Message } : null,
            ["entered"] = _entered.DeepClone(),
            ["completed"] = _completed.DeepClone(),
            ["cancelled"] = cancelled,
            ["flowsTaken"] = _flows.DeepClone(),
            ["userTasks"] = _userTasks.DeepClone(),
            ["serviceCalls"] = _services.DeepClone(),
            ["timersFired"] = _timers.DeepClone(),
            ["endEvents"] = _ends.DeepClone(),
            ["variables"] = variables,
            ["waitingFor"] = new JsonArray(),
            ["pendingTimers"] = new JsonArray(),
            ["unconsumedSteps"] =
                new JsonArray(steps.Skip(stepIndex).Select(s => (JsonNode?)((string?)s["task"] ?? "timer:" + (string?)s["timer"])).ToArray()),
            ["harness"] = new JsonObject { ["engine"] = "Ektu.Qa.Workflow.Engine", ["runner"] = "bpmn-trace" },
        };
        if (state.Status == InstanceStatus.Running)
        {
            trace["waitingFor"] = new JsonArray(state.Waits.Where(w => w.Kind != WaitKind.Timer).OrderBy(w => w.Sequence)
                .Select(w => (JsonNode?)(w.LoopIndex is { } i ? $"{w.ElementId}#{i}" : w.ElementId)).ToArray());
            trace["pendingTimers"] = new JsonArray(state.Waits.Where(w => w.Kind == WaitKind.Timer).OrderBy(w => w.Sequence)
                .Select(w => (JsonNode?)w.ElementId).ToArray());
        }
        return Canonical.Sort(trace).AsObject();
    }
}
