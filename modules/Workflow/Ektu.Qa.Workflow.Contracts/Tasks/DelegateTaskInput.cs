namespace Ektu.Qa.Workflow.Tasks;

public sealed record DelegateTaskInput
{
    public Guid UserId { get; init; }
    public string? Comment { get; init; }
    public int Version { get; init; }
}
