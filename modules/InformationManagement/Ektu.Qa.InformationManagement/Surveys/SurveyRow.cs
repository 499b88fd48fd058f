namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A row of <c>im_surveys</c> with its template's code, number and title and the count of respondents.</summary>
internal sealed class SurveyRow
{
    public Guid Id { get; init; }
    public Guid TemplateId { get; init; }
    public string TemplateCode { get; init; } = "";
    public int TemplateNumber { get; init; }
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public Guid UnitId { get; init; }
    public string Target { get; init; } = "";
    public string? Programme { get; init; }
    public int? StudyYear { get; init; }
    public DateOnly OpensOn { get; init; }
    public DateOnly ClosesOn { get; init; }
    public int MinGroupSize { get; init; }
    public int Population { get; init; }
    public int Respondents { get; init; }
    public int Version { get; init; }

    public SurveyDto ToDto(DateOnly today, string unitName) => new()
    {
        Id = Id, TemplateId = TemplateId, TemplateCode = TemplateCode, TemplateNumber = TemplateNumber, Title = new(TitleKk, TitleRu, TitleEn),
        UnitId = UnitId, UnitName = unitName, Target = Enum.Parse<SurveyTarget>(Target), Programme = Programme, StudyYear = StudyYear,
        OpensOn = OpensOn, ClosesOn = ClosesOn, MinGroupSize = MinGroupSize, Population = Population, Respondents = Respondents,
        Phase = SurveyRules.Phase(OpensOn, ClosesOn, today), Version = Version,
    };
}
