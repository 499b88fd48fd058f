namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

public enum RunState
{
    Planned,
    Done,
}
