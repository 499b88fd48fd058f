namespace Ektu.Qa.Workflow.Definitions;

/// <summary>A process definition: a stable key, names, the latest published version and the open draft.</summary>
public sealed record ProcessDefinitionDto
{
    public Guid Id { get; init; }
    public string ProcessKey { get; init; } = "";
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public int? PublishedNumber { get; init; }
    public int? DraftNumber { get; init; }
    public DateTime UpdatedAt { get; init; }
    public int Version { get; init; }
}
