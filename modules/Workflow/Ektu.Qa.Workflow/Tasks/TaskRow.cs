namespace Ektu.Qa.Workflow.Tasks;

/// <summary>A new <c>wf_tasks</c> row, written when the engine creates a user-task wait.</summary>
internal sealed record TaskRow
{
    public Guid Id { get; init; }
    public Guid InstanceId { get; init; }
    public string ElementId { get; init; } = "";
    public string ProcessKey { get; init; } = "";
    public string BusinessKey { get; init; } = "";
    public Guid UnitId { get; init; }
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string? FormKey { get; init; }
    public Guid? AssigneeId { get; init; }
    public string CandidateGroups { get; init; } = "";
    public bool FourEyes { get; init; }
    public DateTime? DueAt { get; init; }
}
