namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A member's attendance line.</summary>
public sealed class AttendanceDto
{
    public Guid MemberId { get; init; }
    public string FullName { get; init; } = "";
    public Commissions.MemberRole Role { get; init; }
    public AttendanceStatus Status { get; init; }

    /// <summary>Why the member counts for neither quorum nor votes (a localization key), or null.</summary>
    public string? SuspendedReason { get; init; }
}
