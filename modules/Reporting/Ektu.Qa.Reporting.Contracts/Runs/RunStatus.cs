namespace Ektu.Qa.Reporting.Runs;

/// <summary>Where a report run is.</summary>
public enum RunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
}
