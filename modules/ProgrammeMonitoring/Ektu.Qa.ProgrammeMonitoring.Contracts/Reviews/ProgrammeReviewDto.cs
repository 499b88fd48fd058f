namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// A review of a programme: self-evaluation, stakeholder input, achievement of outcomes, decisions, the changes it
/// publishes, and its actions with the indicator each should move.
/// </summary>
public sealed class ProgrammeReviewDto
{
    public Guid Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public string GroupCode { get; set; } = "";
    public string ProgrammeTitle { get; set; } = "";
    public Guid SchoolId { get; set; }
    public Guid DepartmentId { get; set; }
    public ReviewKind Kind { get; init; }
    public int Year { get; init; }
    public DateOnly DueOn { get; init; }
    public ReviewState State { get; init; }
    public string? SelfEvaluation { get; init; }
    public string? StakeholderInput { get; init; }
    public string? OutcomesAchievement { get; init; }
    public string? Decisions { get; init; }
    public string? PublishedChanges { get; init; }
    public DateOnly? CompletedOn { get; init; }
    public int Version { get; init; }
    public bool IsOverdue { get; set; }
    public IReadOnlyList<ReviewActionDto> Actions { get; set; } = [];
}
