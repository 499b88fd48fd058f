namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Who a survey asks: students (of a unit, optionally one programme and year of study) and teaching staff are users of
/// Identity; employers and graduates have no account and answer with invitation codes.
/// </summary>
public enum SurveyTarget
{
    Students,
    TeachingStaff,
    Employers,
    Graduates,
}
