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

    /// <summary>The element's name in the model in the current UI language; <c>null</c> when the model gives it none.</summary>
    public string? ElementName { get; init; }

    /// <summary>The element's type (<c>UserTask</c>, <c>ExclusiveGateway</c>, <c>SequenceFlow</c>…), for a word when it has no name.</summary>
    public string? ElementKind { get; init; }
}
