namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>An open vote (004 §7.3).</summary>
public enum VoteChoice
{
    For,
    Against,
    Abstain,
}
