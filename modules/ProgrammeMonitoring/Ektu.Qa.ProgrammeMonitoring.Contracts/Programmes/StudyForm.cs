namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Forms of study a programme is offered in.</summary>
public enum StudyForm
{
    FullTime,
    PartTime,
    Distance,
}
