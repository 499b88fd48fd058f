namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A row of <c>im_survey_templates</c>.</summary>
internal sealed class TemplateRow
{
    public Guid Id { get; init; }
    public string Code { get; init; } = "";
    public int Number { get; init; }
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public string Questions { get; init; } = "[]";
    public string State { get; init; } = "";
    public int Version { get; init; }

    public TemplateDto ToDto() => new()
    {
        Id = Id, Code = Code, Number = Number, Title = new(TitleKk, TitleRu, TitleEn), State = Enum.Parse<TemplateState>(State),
        Questions = SurveyJson.Questions(Questions), Version = Version,
    };
}
