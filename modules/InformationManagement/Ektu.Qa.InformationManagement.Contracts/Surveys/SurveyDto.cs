namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A survey: a published template version asked of a target group between two days (both inclusive).</summary>
public sealed record SurveyDto
{
    public Guid Id { get; init; }
    public Guid TemplateId { get; init; }
    public string TemplateCode { get; init; } = "";
    public int TemplateNumber { get; init; }
    public SurveyText Title { get; init; } = new("", "", "");
    public Guid UnitId { get; init; }
    public string UnitName { get; init; } = "";
    public SurveyTarget Target { get; init; }
    public string? Programme { get; init; }
    public int? StudyYear { get; init; }
    public DateOnly OpensOn { get; init; }
    public DateOnly ClosesOn { get; init; }
    public int MinGroupSize { get; init; }
    public int Population { get; init; }
    public int Respondents { get; init; }
    public SurveyPhase Phase { get; init; }
    public int Version { get; init; }
}
