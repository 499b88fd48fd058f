namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Questionnaire templates, surveys of target groups, anonymous answers and their results (standard 7).</summary>
public interface ISurveyAppService
{
    Task<IReadOnlyList<TemplateDto>> GetTemplatesAsync(CancellationToken ct = default);

    Task<TemplateDto> GetTemplateAsync(Guid id, CancellationToken ct = default);

    /// <summary>Version 1 of a new template, as a draft.</summary>
    Task<TemplateDto> CreateTemplateAsync(SaveTemplateInput input, CancellationToken ct = default);

    /// <summary>Replaces a draft version's title and questions; a published version is frozen (409).</summary>
    Task<TemplateDto> UpdateTemplateAsync(Guid id, SaveTemplateInput input, CancellationToken ct = default);

    Task<TemplateDto> PublishTemplateAsync(Guid id, int version, CancellationToken ct = default);

    /// <summary>A new draft version copied from a published one, keeping the question keys so results stay comparable.</summary>
    Task<TemplateDto> NewTemplateVersionAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<SurveyDto>> GetListAsync(CancellationToken ct = default);

    Task<SurveyDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<CreatedSurveyDto> CreateAsync(CreateSurveyInput input, CancellationToken ct = default);

    /// <summary>Surveys the caller belongs to the population of, with whether they have been answered.</summary>
    Task<IReadOnlyList<MySurveyDto>> GetMineAsync(CancellationToken ct = default);

    /// <summary>The questionnaire of a survey the caller may answer (addressed to them, or any survey with a code).</summary>
    Task<TemplateDto> GetQuestionnaireAsync(Guid id, CancellationToken ct = default);

    /// <summary>One response per person, while the survey is open; the answers are stored apart from who answered.</summary>
    Task SubmitAsync(Guid id, SubmitAnswersInput input, CancellationToken ct = default);

    Task<SurveyResultsDto> GetResultsAsync(Guid id, ResultFilter filter, CancellationToken ct = default);

    Task<CrossTabDto> GetCrossTabAsync(Guid id, string questionKey, StratumDimension dimension, ResultFilter filter, CancellationToken ct = default);

    Task<IReadOnlyList<ResponseRateDto>> GetResponseRatesAsync(Guid id, CancellationToken ct = default);
}
