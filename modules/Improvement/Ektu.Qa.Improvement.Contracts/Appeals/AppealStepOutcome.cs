namespace Ektu.Qa.QaCommission.Appeals;

/// <summary>What became of one level's handling.</summary>
public enum AppealStepOutcome
{
    Pending,
    Escalated,
    Resolved,
}
