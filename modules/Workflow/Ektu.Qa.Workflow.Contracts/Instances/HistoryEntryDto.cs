namespace Ektu.Qa.Workflow.Instances;

/// <summary>One element entered, completed or cancelled (or a flow taken) in an instance, with time and actor.</summary>
public sealed record HistoryEntryDto
{
    public long Sequence { get; init; }
    public string Event { get; init; } = "";
    public string? ElementId { get; init; }
    public string? Detail { get; init; }
    public DateTime At { get; init; }
    public string Actor { get; init; } = "";
}
