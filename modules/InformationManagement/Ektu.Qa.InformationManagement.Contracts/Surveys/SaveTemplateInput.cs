namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A new template or a draft version's texts and questions (<see cref="Version"/> for optimistic concurrency).</summary>
public sealed record SaveTemplateInput
{
    public string Code { get; init; } = "";
    public SurveyText Title { get; init; } = new("", "", "");
    public IReadOnlyList<SurveyQuestion> Questions { get; init; } = [];
    public int Version { get; init; }
}
