namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>An agenda item.</summary>
public sealed class AgendaItemDto
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public int Seq { get; init; }
    public string Title { get; init; } = "";
    public string? Speaker { get; init; }
}
