namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

public enum ReviewState
{
    Open,
    Completed,
}
