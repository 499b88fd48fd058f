namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>An external or internal expert's recommendation and its execution.</summary>
public sealed class RecommendationDto
{
    public Guid Id { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public ExpertKind ExpertKind { get; init; }
    public string ExpertBody { get; init; } = "";
    public string? Programme { get; init; }
    public string Text { get; init; } = "";
    public DateOnly ReceivedOn { get; init; }
    public string Responsible { get; init; } = "";
    public DateOnly? Deadline { get; init; }
    public RecommendationStatus Status { get; init; }
    public string? ExecutionNote { get; init; }
    public bool IsOverdue { get; set; }
    public int Version { get; init; }
}
