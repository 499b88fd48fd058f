namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A planned meeting.</summary>
public sealed class SaveMeetingInput
{
    public DateOnly? MeetingDate { get; set; }
    public string? StartTime { get; set; }
    public MeetingFormat Format { get; set; }

    /// <summary>Room in person, link online.</summary>
    public string? Place { get; set; }

    /// <summary>The decisions register is reviewed at this meeting (004 §7.4, at least every half year).</summary>
    public bool ReviewsRegister { get; set; }
}
