namespace Ektu.Qa.Workflow.Instances;

public sealed record InstanceListInput
{
    public string? ProcessKey { get; init; }
    public InstanceStatus? Status { get; init; }
    public string? BusinessKey { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}
