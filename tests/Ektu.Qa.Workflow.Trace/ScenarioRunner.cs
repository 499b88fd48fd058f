using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine;

namespace Ektu.Qa.Workflow.Trace;

/// <summary>
/// The harness driver loop (harness/README.md): run to quiescence, fire the earliest-armed timer decided "fire", else apply the
/// next step; a step whose target is not waiting stops the run in state "waiting". Builds the canonical trace from engine events.
/// </summary>
public static class ScenarioRunner
{
    private static readonly string[] Reserved = ["content", "fields", "properties"];

    // between: called with the state between every two engine calls (e.g. a JSON round trip); returns the state to continue with.
    public static async Task<JsonObject> RunAsync(ProcessModel model, string modelName, JsonObject scenario,
        Func<InstanceState, InstanceState>? between = null)
    {
        var steps = (scenario["steps"] as JsonArray ?? []).Select(s => s!.AsObject()).ToList();
        var timers = scenario["timers"] as JsonObject ?? [];
        var manualTimers = steps.Where(s => s["timer"] is not null).Select(s => (string)s["timer"]!).ToHashSet(StringComparer.Ordinal);
        var engine = new ProcessEngine(model, new ScenarioServices(scenario["services"] as JsonObject ?? []), () =>
            new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var trace = new TraceBuilder(model);
        var armCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var decisions = new Dictionary<Guid, string?>();

        var result = await engine.StartAsync(scenario["variables"] as JsonObject ?? []);
        var state = Absorb(result);
        var stepIndex = 0;
        for (var guard = 0; guard < 10_000 && state.Status == InstanceStatus.Running; guard++)
        {
            WaitState? fire = null;
            foreach (var t in state.Waits.Where(w => w.Kind == WaitKind.Timer).OrderBy(w => w.Sequence))
            {
                if (!decisions.TryGetValue(t.Id, out var decision))
                {
                    decision = Decide(model, timers, manualTimers, t.ElementId, armCount.GetValueOrDefault(t.ElementId, 1));
                    decisions[t.Id] = decision;
                }
                if (decision == "fire")
                {
                    fire = t;
                    break;
                }
            }
            if (fire is not null)
            {
                state = Absorb(await engine.FireTimerAsync(state, fire.Id));
                continue;
            }
            if (stepIndex >= steps.Count) break;
            var step = steps[stepIndex];
            if (step["timer"] is { } timerId)
            {
                var armed = state.Waits.Where(w => w.Kind == WaitKind.Timer && w.ElementId == (string)timerId!).MinBy(w => w.Sequence);
                if (armed is null) break;
                stepIndex++;
                state = Absorb(await engine.FireTimerAsync(state, armed.Id));
                continue;
            }
            var taskId = (string?)step["task"];
            var instance = step["instance"] is { } i ? (int?)i.GetValue<int>() : null;
            var waiting = state.Waits
                .Where(w => w.Kind != WaitKind.Timer && w.ElementId == taskId && (instance is null || w.LoopIndex == instance))
                .OrderBy(w => w.LoopIndex ?? 0).ThenBy(w => w.Sequence).FirstOrDefault();
            if (waiting is null) break;
            stepIndex++;
            var changes = VariableChanges.Compute(state.Variables, step);
            state = Absorb(await engine.CompleteTaskAsync(state, waiting.Id, changes));
        }

        return trace.Build(state, steps, stepIndex, modelName, (string?)scenario["name"] ?? "scenario", Reserved);

        InstanceState Absorb(StepResult r)
        {
            foreach (var e in r.Events)
                if (e is { Kind: EngineEventKind.WaitCreated, WaitKind: WaitKind.Timer, ElementId: { } id })
                    armCount[id] = armCount.GetValueOrDefault(id) + 1;
            trace.Add(r.Events);
            return between is null ? r.State : between(r.State);
        }
    }

    private static string? Decide(ProcessModel model, JsonObject timers, HashSet<string> manual, string timerId, int arm)
    {
        var spec = timers[timerId];
        if (spec is JsonArray arr) spec = arm - 1 < arr.Count ? arr[arm - 1] : null;
        if (spec is not null) return spec.GetValue<string>();
        if (manual.Contains(timerId)) return "step";
        return model.FindNode(timerId)?.Kind == NodeKind.BoundaryTimer ? "skip" : "fire";
    }
}
