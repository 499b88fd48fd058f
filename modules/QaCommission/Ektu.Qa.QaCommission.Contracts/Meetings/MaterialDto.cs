namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A meeting material (file).</summary>
public sealed class MaterialDto
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public Guid? AgendaItemId { get; init; }
    public string FileName { get; init; } = "";
    public long SizeBytes { get; init; }
    public DateTime CreatedAt { get; init; }
}
