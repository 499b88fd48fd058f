namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A planned meeting moved to another day (or time), guarded by the meeting's version.</summary>
public sealed class RescheduleMeetingInput
{
    public DateOnly? MeetingDate { get; set; }
    public string? StartTime { get; set; }
    public int Version { get; set; }
}
