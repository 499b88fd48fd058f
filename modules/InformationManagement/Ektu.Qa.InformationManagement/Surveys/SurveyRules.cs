namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Survey dates: open from the opening day to the closing day, both inclusive, in the university's time zone.</summary>
internal static class SurveyRules
{
    public static SurveyPhase Phase(DateOnly opensOn, DateOnly closesOn, DateOnly today) =>
        today < opensOn ? SurveyPhase.NotYetOpen : today > closesOn ? SurveyPhase.Closed : SurveyPhase.Open;
}
