namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>
/// A member proposed by a department and approved by the dean. Unmet criteria need <see cref="CriteriaOverrideReason"/>:
/// the regulation recommends them, it does not forbid an exception.
/// </summary>
public sealed class SaveMemberInput
{
    public Guid UserId { get; set; }
    public MemberKind Kind { get; set; }
    public Guid? DepartmentUnitId { get; set; }
    public DateOnly? TermStart { get; set; }
    public int YearsInHigherEducation { get; set; }
    public bool HasProgrammeExperience { get; set; }
    public DateOnly? PdCompletedOn { get; set; }
    public string? CriteriaEvidence { get; set; }
    public string? CriteriaOverrideReason { get; set; }

    /// <summary>The commission's version (adding) or the member's (ending).</summary>
    public int Version { get; set; }
}
