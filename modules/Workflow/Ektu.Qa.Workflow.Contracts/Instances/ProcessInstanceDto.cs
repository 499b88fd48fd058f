using System.Text.Json.Nodes;

namespace Ektu.Qa.Workflow.Instances;

/// <summary>A running or finished process instance.</summary>
public sealed record ProcessInstanceDto
{
    public Guid Id { get; init; }
    public Guid DefinitionId { get; init; }
    public string ProcessKey { get; init; } = "";
    public int DefinitionNumber { get; init; }
    public string NameKk { get; init; } = "";
    public string NameRu { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string BusinessKey { get; init; } = "";
    public Guid UnitId { get; init; }
    public InstanceStatus Status { get; init; }
    public string? ErrorElementId { get; init; }
    public string? ErrorMessage { get; init; }
    public DateTime StartedAt { get; init; }
    public string StartedBy { get; init; } = "";
    public DateTime? EndedAt { get; init; }
    public int Version { get; init; }

    /// <summary>Filled by the details read only.</summary>
    public JsonObject? Variables { get; init; }
}
