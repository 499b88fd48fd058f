namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>A trigger waits for a decision, opened a review, or was closed with a reasoned no.</summary>
public enum TriggerState
{
    Open,
    ReviewOpened,
    Declined,
}
