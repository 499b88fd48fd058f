namespace Ektu.Qa.Improvement.Appeals;

/// <summary>What became of one level's handling.</summary>
public enum AppealStepOutcome
{
    Pending,
    Escalated,
    Resolved,
}
