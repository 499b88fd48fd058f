using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Data;

/// <summary>A stored vote.</summary>
internal sealed class VoteRow
{
    public Guid DecisionId { get; init; }
    public Guid MemberId { get; init; }
    public VoteChoice Choice { get; init; }
}
