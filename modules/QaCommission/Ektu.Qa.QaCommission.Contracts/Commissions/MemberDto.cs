namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>A member of a commission with term and candidate criteria.</summary>
public sealed class MemberDto
{
    public Guid Id { get; init; }
    public Guid CommissionId { get; init; }
    public Guid UserId { get; init; }
    public string FullName { get; init; } = "";
    public MemberRole Role { get; init; }
    public MemberKind Kind { get; init; }
    public Guid? DepartmentUnitId { get; init; }
    public DateOnly TermStart { get; init; }
    public DateOnly TermEnd { get; init; }
    public DateOnly? EndedOn { get; init; }
    public DateOnly? RoleTermEnd { get; init; }
    public int YearsInHigherEducation { get; init; }
    public bool HasProgrammeExperience { get; init; }
    public DateOnly? PdCompletedOn { get; init; }
    public string? CriteriaEvidence { get; init; }
    public string? CriteriaOverrideReason { get; init; }
    public int Version { get; init; }

    /// <summary>Filled by the app service: the three criteria checked against "today".</summary>
    public IReadOnlyList<CriterionCheck> Criteria { get; set; } = [];

    /// <summary>Filled by the app service: the term ends within the warning period.</summary>
    public bool TermEndingSoon { get; set; }

    /// <summary>Filled by the app service: the term or membership is over.</summary>
    public bool IsActive { get; set; }

    /// <summary>
    /// Filled by the app service: why 004 §4 bars the member now (a localization key), or null. A barred member keeps the
    /// seat on record but counts for neither quorum nor votes until the membership is ended or the conflict resolved.
    /// </summary>
    public string? SuspendedReason { get; set; }
}
