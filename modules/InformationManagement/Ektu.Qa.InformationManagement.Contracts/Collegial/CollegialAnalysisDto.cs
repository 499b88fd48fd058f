namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>A collegial analysis: which body met when, what it analysed, what it decided, and its plan's items.</summary>
public sealed class CollegialAnalysisDto
{
    public Guid Id { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public CollegialBody Body { get; init; }
    public DateOnly HeldOn { get; init; }
    public string Subject { get; init; } = "";
    public string Decisions { get; init; } = "";
    public PlanKind PlanKind { get; init; }
    public IReadOnlyList<CollegialActionDto> Actions { get; set; } = [];
    public int Version { get; init; }
}
