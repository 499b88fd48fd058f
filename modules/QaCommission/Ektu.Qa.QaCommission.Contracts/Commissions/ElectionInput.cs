namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>
/// The vote electing a member to a role: the School Council's for the chair, the members' for the deputy and the
/// secretary. The outcome is computed from the counts.
/// </summary>
public sealed class ElectionInput
{
    public Guid MemberId { get; set; }
    public MemberRole Role { get; set; }
    public DateOnly? HeldOn { get; set; }
    public int VotesFor { get; set; }
    public int VotesAgainst { get; set; }
    public int VotesAbstain { get; set; }

    /// <summary>The commission's version.</summary>
    public int Version { get; set; }
}
