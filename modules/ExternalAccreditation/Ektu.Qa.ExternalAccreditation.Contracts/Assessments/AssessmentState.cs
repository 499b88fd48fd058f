namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>Where the procedure stands: running its steps, decided (plan and monitoring still running), closed, or withdrawn.</summary>
public enum AssessmentState
{
    InProgress,
    Decided,
    Completed,
    Withdrawn,
}
