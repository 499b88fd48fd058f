namespace Ektu.Qa.Workflow.Instances;

/// <summary>Admin action: cancel the activity at <see cref="FromElementId"/> and enter <see cref="ToElementId"/>.</summary>
public sealed record MoveTokenInput
{
    public string FromElementId { get; init; } = "";
    public string ToElementId { get; init; } = "";
    public int Version { get; init; }
}
