namespace Ektu.Qa.InformationManagement.Swot;

/// <summary>A new SWOT analysis or the edit of a draft (unit and year stay; <see cref="Version"/> then required).</summary>
public sealed class SaveSwotInput
{
    public Guid UnitId { get; set; }
    public int? Year { get; set; }
    public List<string> Strengths { get; set; } = [];
    public List<string> Weaknesses { get; set; } = [];
    public List<string> Opportunities { get; set; } = [];
    public List<string> Threats { get; set; } = [];
    public int Version { get; set; }
}
