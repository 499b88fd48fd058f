namespace Ektu.Qa.Workflow.Records;

/// <summary>A business record as an approver reads it; every text is already in the current UI language.</summary>
public sealed record WorkflowRecordSummary
{
    public string Title { get; init; } = "";

    /// <summary>The record's own code or number (a document code, an academic year).</summary>
    public string? Code { get; init; }

    public string? UnitName { get; init; }

    /// <summary>Version, edition or state as a person reads it ("Edition 2 · Draft").</summary>
    public string? Edition { get; init; }

    /// <summary>The record's page in its module.</summary>
    public string? Url { get; init; }

    /// <summary>The files to open before deciding, as links to the module's own download endpoints.</summary>
    public IReadOnlyList<WorkflowRecordLink> Files { get; init; } = [];

    /// <summary>The record's own comments (the workflow adds its task comments itself).</summary>
    public IReadOnlyList<WorkflowRecordComment> Comments { get; init; } = [];
}
