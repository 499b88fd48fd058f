namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>One step of the timeline: the model's task, when it was opened and done, its deadline and whether it ran past it.</summary>
public sealed class AssessmentStepDto
{
    public string ElementId { get; init; } = "";
    public string Name { get; init; } = "";
    public Guid? TaskId { get; init; }
    public int TaskVersion { get; init; }
    public DateTime? OpenedAt { get; init; }
    public DateTime? DueAt { get; init; }
    public DateTime? CompletedAt { get; init; }
    public string? CompletedBy { get; init; }
    public string? Comment { get; init; }
    public bool IsCurrent { get; init; }
    public bool IsOverdue { get; init; }
}
