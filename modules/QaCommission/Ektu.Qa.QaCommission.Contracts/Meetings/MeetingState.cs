namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>Planned → Held (minutes numbered) → Signed (chair and secretary signed; locked).</summary>
public enum MeetingState
{
    Planned,
    Held,
    Signed,
}
