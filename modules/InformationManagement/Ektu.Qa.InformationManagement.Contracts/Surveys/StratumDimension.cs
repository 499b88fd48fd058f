namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>The strata response rates, filters and cross-tabs are read by.</summary>
public enum StratumDimension
{
    Programme,
    StudyYear,
    StudyForm,
    Language,
}
