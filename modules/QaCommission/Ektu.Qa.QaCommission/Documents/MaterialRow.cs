namespace Ektu.Qa.QaCommission.Documents;

/// <summary>A meeting's material with the meeting's date (which places it in an academic year).</summary>
internal sealed class MaterialRow
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public string FileName { get; init; } = "";
    public DateOnly MeetingDate { get; init; }
}
