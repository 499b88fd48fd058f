using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ektu.Qa.Workflow.Engine;
using Ektu.Qa.Workflow.Trace;

// bpmn-trace <model.bpmn> <scenario.json> [--out FILE]   prints the harness trace
// bpmn-trace --check <model.bpmn>                         exit 0 accepted, 2 rejected (never anything else)
// bpmn-trace --bench N                                    start + complete a 5-user-task chain N times in memory
if (args.Length >= 1 && args[0] == "--check")
{
    try
    {
        if (args.Length != 2)
        {
            Console.Error.WriteLine("usage: bpmn-trace --check <model.bpmn>");
            return 2;
        }
        var result = BpmnParser.Parse(File.ReadAllBytes(args[1]));
        if (result.Succeeded)
        {
            Console.WriteLine($"ok: {result.Model!.ProcessId} ({result.Model.Nodes.Count} elements)");
            return 0;
        }
        foreach (var p in result.Problems) Console.WriteLine(p.ToString());
        return 2;
    }
    catch (Exception e)
    {
        Console.WriteLine("rejected: " + e.Message);
        return 2;
    }
}

if (args.Length >= 1 && args[0] == "--bench")
{
    var n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
    await Bench.RunAsync(n);
    return 0;
}

var positional = new List<string>();
string? outFile = null;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--out" && i + 1 < args.Length) outFile = args[++i];
    else positional.Add(args[i]);
}
if (positional.Count != 2)
{
    Console.Error.WriteLine("usage: bpmn-trace <model.bpmn> <scenario.json> [--out FILE] | --check <model.bpmn> | --bench N");
    return 2;
}
try
{
    var parsed = BpmnParser.Parse(File.ReadAllBytes(positional[0]));
    if (!parsed.Succeeded)
    {
        foreach (var p in parsed.Problems) Console.Error.WriteLine(p.ToString());
        return 1;
    }
    var scenario = JsonNode.Parse(File.ReadAllText(positional[1]))!.AsObject();
    var trace = await ScenarioRunner.RunAsync(parsed.Model!, Path.GetFileName(positional[0]), scenario);
    var text = trace.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    if (outFile is not null) File.WriteAllText(outFile, text);
    else Console.Out.Write(text);
    return 0;
}
catch (Exception e)
{
    Console.Error.WriteLine("runner failure: " + e);
    return 1;
}

internal static class Bench
{
    public static async Task RunAsync(int n)
    {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d">
              <bpmn:process id="Chain" isExecutable="true">
                <bpmn:startEvent id="S" />
                <bpmn:userTask id="T1" camunda:assignee="${environment.variables.author}" />
                <bpmn:userTask id="T2" camunda:candidateGroups="heads" />
                <bpmn:userTask id="T3" camunda:candidateGroups="qa" />
                <bpmn:userTask id="T4" camunda:assignee="${environment.variables.rector}" />
                <bpmn:userTask id="T5" camunda:candidateGroups="office" />
                <bpmn:exclusiveGateway id="G" default="F7" />
                <bpmn:endEvent id="E1" />
                <bpmn:endEvent id="E2" />
                <bpmn:sequenceFlow id="F0" sourceRef="S" targetRef="T1" />
                <bpmn:sequenceFlow id="F1" sourceRef="T1" targetRef="T2" />
                <bpmn:sequenceFlow id="F2" sourceRef="T2" targetRef="T3" />
                <bpmn:sequenceFlow id="F3" sourceRef="T3" targetRef="T4" />
                <bpmn:sequenceFlow id="F4" sourceRef="T4" targetRef="T5" />
                <bpmn:sequenceFlow id="F5" sourceRef="T5" targetRef="G" />
                <bpmn:sequenceFlow id="F6" sourceRef="G" targetRef="E1">
                  <bpmn:conditionExpression language="javascript">next(null, environment.variables.decision === 'approve');</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="F7" sourceRef="G" targetRef="E2" />
              </bpmn:process>
            </bpmn:definitions>
            """;
        var model = BpmnParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml.Trim())).Model
            ?? throw new InvalidOperationException("bench model rejected");
        var engine = new ProcessEngine(model, new ScenarioServices([]), () => DateTime.UtcNow);
        async Task One()
        {
            var state = (await engine.StartAsync(new JsonObject { ["author"] = "a", ["rector"] = "r" })).State;
            for (var i = 0; i < 5; i++)
                state = (await engine.CompleteTaskAsync(state, state.Waits[0].Id, new JsonObject { ["decision"] = "approve" })).State;
            if (state.Status != InstanceStatus.Completed) throw new InvalidOperationException("bench instance did not complete");
        }
        for (var i = 0; i < Math.Min(500, n); i++) await One();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < n; i++) await One();
        sw.Stop();
        var perInstance = sw.Elapsed.TotalMilliseconds / n;
        Console.WriteLine($"{n} instances (start + 5 user tasks + gateway) in {sw.Elapsed.TotalMilliseconds:F0} ms: " +
            $"{n / sw.Elapsed.TotalSeconds:F0} instances/s, {perInstance / 6 * 1000:F1} µs per step");
    }
}
