
namespace Ektu.Qa.Workflow.Tasks;

/// <summary>A <c>wf_tasks</c> row as read back.</summary>
internal sealed record TaskState
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public string ProcessKey { get; init; } = "";
    public string BusinessKey { get; init; } = "";
    public Guid UnitId { get; init; }
    public string ElementId { get; init; } = "";
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string? FormKey { get; init; }
    public WorkflowTaskStatus Status { get; init; }
    public Guid? AssigneeId { get; init; }
    public Guid? OwnerId { get; init; }
    public string CandidateGroups { get; init; } = "";
    public bool FourEyes { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? DueAt { get; init; }
    public DateTime? CompletedAt { get; init; }
    public Guid? CompletedById { get; init; }
    public string? Outcome { get; init; }
    public string? Comment { get; init; }
    public int Version { get; init; }
}
