namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>004 §7.2: meetings are held in person or online.</summary>
public enum MeetingFormat
{
    InPerson,
    Online,
}
