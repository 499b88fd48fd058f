using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>One handler invocation. <see cref="Variables"/> is a copy: changes go back through <see cref="ServiceResult.Set"/>.</summary>
public sealed record ServiceCall(Guid InstanceToken, string ActivityId, string Service, JsonObject Variables)
{
    public int? LoopIndex { get; init; }
    public JsonNode? ElementValue { get; init; }
}
