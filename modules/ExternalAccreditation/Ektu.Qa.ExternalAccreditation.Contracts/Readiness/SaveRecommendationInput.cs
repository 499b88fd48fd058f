namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>A new expert recommendation.</summary>
public sealed class SaveRecommendationInput
{
    public Guid UnitId { get; set; }
    public ExpertKind ExpertKind { get; set; }
    public string ExpertBody { get; set; } = "";
    public string? Programme { get; set; }
    public string Text { get; set; } = "";
    public DateOnly? ReceivedOn { get; set; }
    public string Responsible { get; set; } = "";
    public DateOnly? Deadline { get; set; }
}
