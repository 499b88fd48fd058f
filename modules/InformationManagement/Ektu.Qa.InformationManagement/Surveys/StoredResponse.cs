namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A response as stored: the four strata of its respondent's population row and the answers (JSON); nothing else.</summary>
internal sealed record StoredResponse(string Programme, string StudyYear, string StudyForm, string Language, string Answers)
{
    public string Stratum(StratumDimension d) => d switch
    {
        StratumDimension.Programme => Programme,
        StratumDimension.StudyYear => StudyYear,
        StratumDimension.StudyForm => StudyForm,
        _ => Language,
    };

    public bool Matches(ResultFilter f) =>
        (f.Programme == null || f.Programme == Programme) && (f.StudyYear == null || f.StudyYear == StudyYear)
        && (f.StudyForm == null || f.StudyForm == StudyForm) && (f.Language == null || f.Language == Language);
}
