using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>A line of the decisions register: an adopted decision with its meeting, executor and follow-up state.</summary>
public sealed class RegisterEntryDto
{
    public required DecisionDto Decision { get; init; }
    public DateOnly MeetingDate { get; init; }
    public int? MinutesNumber { get; init; }
    public string? ExecutorName { get; set; }
    public bool IsOverdue { get; set; }
    public int Violations { get; set; }
    public LadderStep? LastStep { get; set; }
}
