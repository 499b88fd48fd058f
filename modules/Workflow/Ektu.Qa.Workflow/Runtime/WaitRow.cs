namespace Ektu.Qa.Workflow.Runtime;

internal sealed record WaitRow
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public int Kind { get; init; }
    public string ElementId { get; init; } = "";
    public DateTime? DueAt { get; init; }
    public string? MessageName { get; init; }
    public string BusinessKey { get; init; } = "";
    public DateTime CreatedAt { get; init; }
}
