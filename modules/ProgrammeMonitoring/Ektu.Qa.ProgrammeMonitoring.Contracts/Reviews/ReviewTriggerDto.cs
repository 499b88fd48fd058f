namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>A ground for review recorded against a programme, with its decision.</summary>
public sealed class ReviewTriggerDto
{
    public Guid Id { get; init; }
    public Guid ProgrammeId { get; init; }
    public string GroupCode { get; set; } = "";
    public string ProgrammeTitle { get; set; } = "";
    public TriggerKind Kind { get; init; }
    public DateOnly RaisedOn { get; init; }
    public string Source { get; init; } = "";
    public string Text { get; init; } = "";
    public string? Evidence { get; init; }
    public TriggerState State { get; init; }
    public string? DecisionReason { get; init; }
    public Guid? ReviewId { get; init; }
    public DateOnly? DecidedOn { get; init; }
    public int Version { get; init; }
    public string CreatedBy { get; init; } = "";
}
