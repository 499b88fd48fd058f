namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Where a survey stands today in the university's time zone (the closing day is inclusive).</summary>
public enum SurveyPhase
{
    NotYetOpen,
    Open,
    Closed,
}
