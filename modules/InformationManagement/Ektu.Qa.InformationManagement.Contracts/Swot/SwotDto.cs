namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>The SWOT analysis of one unit for one year: four lists and whether it has been approved.</summary>
public sealed class SwotDto
{
    public Guid Id { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public int Year { get; init; }
    public IReadOnlyList<string> Strengths { get; set; } = [];
    public IReadOnlyList<string> Weaknesses { get; set; } = [];
    public IReadOnlyList<string> Opportunities { get; set; } = [];
    public IReadOnlyList<string> Threats { get; set; } = [];
    public SwotState State { get; init; }
    public DateTime? ApprovedAt { get; init; }
    public string? ApprovedBy { get; init; }
    public int Version { get; init; }
}
