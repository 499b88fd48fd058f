namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// A survey's results for a filter. <see cref="Suppressed"/>: the group (or what the rest of the survey would reveal of
/// it) is below <see cref="SurveyDto.MinGroupSize"/>, so no figure is given, not even the number of responses.
/// </summary>
public sealed record SurveyResultsDto
{
    public SurveyDto Survey { get; init; } = new();
    public ResultFilter Filter { get; init; } = new();
    public bool Suppressed { get; init; }
    public int? Responses { get; init; }
    public Guid? PreviousSurveyId { get; init; }
    public IReadOnlyList<QuestionResultDto> Questions { get; init; } = [];
}
