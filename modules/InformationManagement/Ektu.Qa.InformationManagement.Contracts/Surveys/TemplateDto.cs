namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>One version of a questionnaire template; versions of one template share its <see cref="Code"/>.</summary>
public sealed record TemplateDto
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public int Number { get; init; }
    public SurveyText Title { get; init; } = new("", "", "");
    public TemplateState State { get; init; }
    public IReadOnlyList<SurveyQuestion> Questions { get; init; } = [];
    public int Version { get; init; }
}
