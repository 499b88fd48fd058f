namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>A member of the school's programmes committee (БББК): a student on it may not sit on the commission.</summary>
public sealed class ProgrammeCommitteeMemberDto
{
    public Guid Id { get; init; }
    public Guid SchoolUnitId { get; init; }
    public Guid UserId { get; init; }
    public string FullName { get; set; } = "";
}
