namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// A sum of <c>im_survey_counts</c>: responses whose answer to <see cref="QuestionKey"/> holds <see cref="AnswerValue"/>
/// (<c>""</c>: that answered the question; key and value <c>""</c>: all responses), within one value of a stratum
/// (<see cref="Stratum"/>, empty when summed over all).
/// </summary>
internal sealed class AnswerCount
{
    public string QuestionKey { get; init; } = "";
    public string AnswerValue { get; init; } = "";
    public string Stratum { get; init; } = "";
    public long Responses { get; init; }
}
