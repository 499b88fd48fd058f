namespace Ektu.Qa.Workflow.Engine;

/// <summary>A sequence flow; <see cref="Order"/> is its document position, which is the evaluation order.</summary>
public sealed class FlowInfo
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public required string SourceId { get; init; }
    public required string TargetId { get; init; }
    public int Order { get; init; }
    /// <summary>The condition text; <c>null</c> for an unconditional flow.</summary>
    public string? Condition { get; init; }
    /// <summary>True for <c>language="javascript"</c> conditions (a script calling <c>next(err, value)</c>); otherwise a <c>${…}</c>
    /// template.</summary>
    public bool ConditionIsScript { get; init; }
}
