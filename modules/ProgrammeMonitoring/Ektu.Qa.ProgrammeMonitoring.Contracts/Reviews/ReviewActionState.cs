namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

public enum ReviewActionState
{
    Open,
    Closed,
}
