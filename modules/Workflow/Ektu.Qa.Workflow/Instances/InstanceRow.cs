namespace Ektu.Qa.Workflow.Instances;

/// <summary>A <c>wf_instances</c> row with its engine state (JSON).</summary>
internal sealed class InstanceRow
{
    public Guid Id { get; init; }
    public Guid DefinitionId { get; init; }
    public Guid DefinitionVersionId { get; init; }
    public string ProcessKey { get; init; } = "";
    public int Number { get; init; }
    public string BusinessKey { get; init; } = "";
    public Guid UnitId { get; init; }
    public int Status { get; set; }
    public string State { get; set; } = "";
    public string? ErrorElementId { get; set; }
    public string? ErrorMessage { get; set; }
    public DateTime StartedAt { get; init; }
    public string StartedBy { get; init; } = "";
    public DateTime? EndedAt { get; set; }
    public int HistorySeq { get; set; }
    public int Version { get; set; }
}
