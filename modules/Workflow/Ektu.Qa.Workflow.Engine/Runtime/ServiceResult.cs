using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>What a handler returns: variables to set (merged first), then optionally a BPMN error code.</summary>
public sealed record ServiceResult
{
    public static ServiceResult Ok { get; } = new();

    public JsonObject? Set { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    /// <summary>No handler of that name: the instance goes to error (not a catchable BPMN error).</summary>
    public bool UnknownService { get; init; }
}
