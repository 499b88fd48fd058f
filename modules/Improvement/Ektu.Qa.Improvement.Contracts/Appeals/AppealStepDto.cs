namespace Ektu.Qa.Improvement.Appeals;

/// <summary>One level's handling of an appeal: where it was, its term, and how it ended.</summary>
public sealed class AppealStepDto
{
    public Guid Id { get; init; }
    public Guid AppealId { get; init; }
    public AppealLevel Level { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public DateOnly AssignedOn { get; init; }
    public DateOnly DueOn { get; init; }
    public AppealStepOutcome Outcome { get; init; }
    public string? Note { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
}
