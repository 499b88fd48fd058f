namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>Attendance of every member at once; members left out are absent.</summary>
public sealed class AttendanceInput
{
    public Dictionary<Guid, AttendanceStatus> Statuses { get; set; } = [];
    public int Version { get; set; }
}
