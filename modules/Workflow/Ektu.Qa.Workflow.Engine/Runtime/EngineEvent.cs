using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Engine;

/// <summary>
/// Something that happened during a step, in execution order. <see cref="ElementId"/> is the node (or the flow for
/// <see cref="EngineEventKind.FlowTaken"/>); events of one multi-instance instance carry <see cref="LoopIndex"/>.
/// </summary>
public sealed record EngineEvent(EngineEventKind Kind, string? ElementId)
{
    public int? LoopIndex { get; init; }
    public JsonNode? ElementValue { get; init; }
    public Guid? WaitId { get; init; }
    public WaitKind? WaitKind { get; init; }
    public string? Service { get; init; }
    public string? Assignee { get; init; }
    public IReadOnlyList<string>? CandidateGroups { get; init; }
    public string? Code { get; init; }
    public string? Message { get; init; }
}
