namespace Ektu.Qa.QaCommission.PeerReview;

/// <summary>A peer observation of teaching: observer, teacher, course, date, and the outcome once submitted.</summary>
public sealed class ObservationDto
{
    public Guid Id { get; init; }
    public Guid UnitId { get; init; }
    public string UnitName { get; set; } = "";
    public Guid TemplateId { get; init; }
    public Guid ObserverUserId { get; init; }
    public string ObserverName { get; set; } = "";
    public Guid TeacherUserId { get; init; }
    public string TeacherName { get; set; } = "";
    public string Course { get; init; } = "";
    public DateOnly PlannedOn { get; init; }
    public ObservationState State { get; init; }
    public string? Strengths { get; init; }
    public string? Improvements { get; init; }
    public DateTime? SubmittedAt { get; init; }
    public DateTime? AcknowledgedAt { get; init; }
    public string? TeacherComment { get; init; }

    /// <summary>Sum of scores as a percentage of the maximum, rounded; empty until submitted.</summary>
    public int? ScorePercent { get; set; }

    public int Version { get; init; }
}
