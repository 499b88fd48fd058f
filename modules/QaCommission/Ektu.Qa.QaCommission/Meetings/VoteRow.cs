
namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A stored vote.</summary>
internal sealed class VoteRow
{
    public Guid DecisionId { get; init; }
    public Guid MemberId { get; init; }
    public VoteChoice Choice { get; init; }
}
