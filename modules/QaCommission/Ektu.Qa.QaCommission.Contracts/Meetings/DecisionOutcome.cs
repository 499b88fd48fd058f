namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>Computed from the votes, never typed.</summary>
public enum DecisionOutcome
{
    NotVoted,
    Adopted,
    Rejected,
}
