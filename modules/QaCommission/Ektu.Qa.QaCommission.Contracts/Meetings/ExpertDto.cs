namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>An invited expert: attends without a deciding vote (004 §7.2).</summary>
public sealed class ExpertDto
{
    public Guid Id { get; init; }
    public Guid MeetingId { get; init; }
    public string FullName { get; init; } = "";
    public string? Organisation { get; init; }
}
