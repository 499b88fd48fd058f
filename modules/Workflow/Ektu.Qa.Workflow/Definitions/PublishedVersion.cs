namespace Ektu.Qa.Workflow.Definitions;

/// <summary>The published version an instance starts on.</summary>
internal sealed record PublishedVersion
{
    public Guid VersionId { get; init; }
    public Guid DefinitionId { get; init; }
    public int Number { get; init; }
    public string ProcessKey { get; init; } = "";
}
