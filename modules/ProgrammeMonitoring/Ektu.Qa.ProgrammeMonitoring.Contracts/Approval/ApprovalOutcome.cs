namespace Ektu.Qa.ProgrammeMonitoring.Approval;

/// <summary>Where a run stands: still running, or how its last level decided.</summary>
public enum ApprovalOutcome
{
    Running,
    Approved,
    Returned,
    Rejected,
}
