namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>The open vote on one decision: a choice per present voting member (by member id); the meeting's version.</summary>
public sealed class VotesInput
{
    public Dictionary<Guid, VoteChoice> Votes { get; set; } = [];
    public int Version { get; set; }
}
