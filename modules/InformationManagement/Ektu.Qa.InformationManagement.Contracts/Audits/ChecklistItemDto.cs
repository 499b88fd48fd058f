namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>A question of an audit's checklist, the answer found and the evidence seen.</summary>
public sealed class ChecklistItemDto
{
    public Guid Id { get; init; }
    public Guid AuditId { get; init; }
    public int Seq { get; init; }
    public string Question { get; init; } = "";
    public string? Answer { get; init; }
    public string? Evidence { get; init; }
    public int Version { get; init; }
}
