using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow;

/// <summary>A handler's answer: variables to set, or a BPMN error code an error boundary may catch.</summary>
public sealed record WorkflowServiceResult
{
    public JsonObject? Set { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }

    public static WorkflowServiceResult Ok(JsonObject? set = null) => new() { Set = set };

    public static WorkflowServiceResult Error(string code, string? message = null) => new() { ErrorCode = code, ErrorMessage = message };
}
