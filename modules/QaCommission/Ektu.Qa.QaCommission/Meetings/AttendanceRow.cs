
namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A stored attendance mark.</summary>
internal sealed class AttendanceRow
{
    public Guid MemberId { get; init; }
    public AttendanceStatus Status { get; init; }
}
