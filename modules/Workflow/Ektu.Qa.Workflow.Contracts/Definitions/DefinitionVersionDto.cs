namespace Ektu.Qa.Workflow.Definitions;

/// <summary>One version of a definition: the draft being edited, or a frozen published one.</summary>
public sealed record DefinitionVersionDto
{
    public Guid Id { get; init; }
    public Guid DefinitionId { get; init; }
    public int Number { get; init; }
    public DefinitionVersionStatus Status { get; init; }
    public string Checksum { get; init; } = "";
    public DateTime? PublishedAt { get; init; }
    public string? PublishedBy { get; init; }
    public DateTime UpdatedAt { get; init; }
    public string UpdatedBy { get; init; } = "";
    public int Version { get; init; }
}
