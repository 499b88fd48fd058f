namespace Ektu.Qa.InformationManagement.Collegial;

/// <summary>A new collegial analysis record or the edit of one (the unit stays; <see cref="Version"/> then required).</summary>
public sealed class SaveCollegialAnalysisInput
{
    public Guid UnitId { get; set; }
    public CollegialBody Body { get; set; }
    public DateOnly? HeldOn { get; set; }
    public string Subject { get; set; } = "";
    public string Decisions { get; set; } = "";
    public PlanKind PlanKind { get; set; }
    public int Version { get; set; }
}
