namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>A recorded election.</summary>
public sealed class ElectionDto
{
    public Guid Id { get; init; }
    public Guid MemberId { get; init; }
    public MemberRole Role { get; init; }
    public ElectingBody Body { get; init; }
    public DateOnly HeldOn { get; init; }
    public int VotesFor { get; init; }
    public int VotesAgainst { get; init; }
    public int VotesAbstain { get; init; }
    public bool IsElected { get; init; }
}
