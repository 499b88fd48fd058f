namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>An item of the improvement action plan: the CAPA item raised for it, with its state as CAPA reports it today.</summary>
public sealed class AssessmentPlanItemDto
{
    public Guid CapaItemId { get; init; }
    public string Problem { get; init; } = "";
    public string CorrectiveAction { get; init; } = "";
    public string OwnerName { get; init; } = "";
    public DateOnly Deadline { get; init; }
    /// <summary>The CAPA item's state in the current UI language.</summary>
    public string State { get; init; } = "";
    public bool IsOverdue { get; init; }
}
