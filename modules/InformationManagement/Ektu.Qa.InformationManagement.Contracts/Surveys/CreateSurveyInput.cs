namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// A survey of a published template version. The population is taken when the survey is created: students of the unit
/// (optionally one programme and year), its teaching staff, or <see cref="InvitationCount"/> codes for employers or graduates.
/// </summary>
public sealed record CreateSurveyInput
{
    public Guid TemplateId { get; init; }
    public Guid UnitId { get; init; }
    public SurveyTarget Target { get; init; }
    public string? Programme { get; init; }
    public int? StudyYear { get; init; }
    public DateOnly? OpensOn { get; init; }
    public DateOnly? ClosesOn { get; init; }

    /// <summary>The smallest group any output shows; the setting's value (default 5) when empty; never below it.</summary>
    public int? MinGroupSize { get; init; }
    public int? InvitationCount { get; init; }
}
