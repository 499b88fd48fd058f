namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>A dated event of the national register: the programme included or excluded, under a reference (order, letter).</summary>
public sealed class RegisterEventDto
{
    public Guid Id { get; init; }
    public RegisterEventKind Kind { get; init; }
    public DateOnly OccurredOn { get; init; }
    public string Reference { get; init; } = "";
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
}
