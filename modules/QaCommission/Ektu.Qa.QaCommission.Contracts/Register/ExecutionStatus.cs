namespace Ektu.Qa.QaCommission.Register;

/// <summary>Execution of an adopted decision; "overdue" is computed from the deadline, not stored.</summary>
public enum ExecutionStatus
{
    Open,
    InProgress,
    Executed,
}
