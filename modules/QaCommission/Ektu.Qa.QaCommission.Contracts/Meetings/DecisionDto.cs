namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A decision put to the vote, with its computed outcome and its register fields.</summary>
public sealed class DecisionDto
{
    public Guid Id { get; init; }
    public Guid CommissionId { get; init; }
    public Guid MeetingId { get; init; }
    public Guid? AgendaItemId { get; init; }
    public int Seq { get; init; }
    public string Text { get; init; } = "";
    public DecisionOutcome Outcome { get; init; }
    public int VotesFor { get; init; }
    public int VotesAgainst { get; init; }
    public int VotesAbstain { get; init; }
    public Guid? ExecutorUserId { get; init; }
    public Guid? ExecutorUnitId { get; init; }
    public DateOnly? Deadline { get; init; }
    public string? ReportForm { get; init; }
    public Register.ExecutionStatus ExecutionStatus { get; init; }
    public string? ExecutionNote { get; init; }
    public DateOnly? ExecutedOn { get; init; }
    public int Version { get; init; }
}
