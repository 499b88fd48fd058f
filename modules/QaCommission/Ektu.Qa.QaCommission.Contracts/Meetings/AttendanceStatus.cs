namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A member's attendance at a meeting.</summary>
public enum AttendanceStatus
{
    Absent,
    Present,
    Excused,
}
