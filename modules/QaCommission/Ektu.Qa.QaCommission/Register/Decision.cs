using Ektu.Qa.Kernel.Data;
using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Register;

/// <summary>A decision: its text and computed vote, then its life in the register.</summary>
internal sealed class Decision : AuditedEntity
{
    public Guid CommissionId { get; set; }
    public Guid MeetingId { get; set; }
    public Guid? AgendaItemId { get; set; }
    public int Seq { get; set; }
    public string Text { get; set; } = "";
    public DecisionOutcome Outcome { get; set; }
    public int VotesFor { get; set; }
    public int VotesAgainst { get; set; }
    public int VotesAbstain { get; set; }
    public Guid? ExecutorUserId { get; set; }
    public Guid? ExecutorUnitId { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? ReportForm { get; set; }
    public ExecutionStatus ExecutionStatus { get; set; }
    public string? ExecutionNote { get; set; }
    public DateOnly? ExecutedOn { get; set; }

    /// <summary>The ladder counts violations per executor: a person, else a unit.</summary>
    public string ExecutorKey => ExecutorUserId is { } u ? "user:" + u.ToString("D") : ExecutorUnitId is { } o ? "unit:" + o.ToString("D") : "none";

    public DecisionDto ToDto() => new()
    {
        Id = Id, CommissionId = CommissionId, MeetingId = MeetingId, AgendaItemId = AgendaItemId, Seq = Seq, Text = Text, Outcome = Outcome,
        VotesFor = VotesFor, VotesAgainst = VotesAgainst, VotesAbstain = VotesAbstain, ExecutorUserId = ExecutorUserId,
            ExecutorUnitId = ExecutorUnitId,
        Deadline = Deadline, ReportForm = ReportForm, ExecutionStatus = ExecutionStatus, ExecutionNote = ExecutionNote,
            ExecutedOn = ExecutedOn, Version = Version,
    };
}
