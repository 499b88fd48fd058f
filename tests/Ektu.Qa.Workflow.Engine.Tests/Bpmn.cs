using System.Text;
using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine.Tests;

/// <summary>Builds small models inline and runs them with recording service handlers.</summary>
internal static class Bpmn
{
    public static string Wrap(string processBody, string definitionsExtra = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:qa="http://ektu.kz/schema/qa/bpmn" id="Defs"
            targetNamespace="http://ektu.kz/test">
          {definitionsExtra}
          <bpmn:process id="P" isExecutable="true" qa:name-kk="Үдеріс" qa:name-ru="Процесс" qa:name-en="Process">
            {processBody}
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static BpmnParseResult Parse(string processBody, string definitionsExtra = "") =>
        BpmnParser.Parse(Encoding.UTF8.GetBytes(Wrap(processBody, definitionsExtra).Trim()));

    public static ProcessModel Model(string processBody, string definitionsExtra = "")
    {
        var result = Parse(processBody, definitionsExtra);
        result.Problems.ShouldBeEmpty(string.Join("; ", result.Problems));
        return result.Model!;
    }

    public static ProcessEngine Engine(ProcessModel model, Func<ServiceCall, ServiceResult>? handler = null) =>
        new(model, new Handlers(handler ?? (_ => ServiceResult.Ok)), () => new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc));

    public static WaitState Wait(this InstanceState state, string elementId, int? index = null) =>
        state.Waits.Single(w => w.ElementId == elementId && (index is null || w.LoopIndex == index));

    public static JsonObject Vars(string json) => JsonNode.Parse(json)!.AsObject();

    private sealed class Handlers(Func<ServiceCall, ServiceResult> handler) : IServiceTaskInvoker
    {
        public ValueTask<ServiceResult> InvokeAsync(ServiceCall call, CancellationToken ct) => ValueTask.FromResult(handler(call));
    }
}
