namespace Ektu.Qa.Workflow.Engine;

/// <summary><c>multiInstanceLoopCharacteristics</c> of an activity.</summary>
public sealed class MultiInstanceInfo
{
    public bool IsSequential { get; init; }
    /// <summary><c>camunda:collection</c>, a <c>${…}</c> expression giving an array.</summary>
    public string? Collection { get; init; }
    public string? ElementVariable { get; init; }
    public string? LoopCardinality { get; init; }
    public string? CompletionCondition { get; init; }
}
