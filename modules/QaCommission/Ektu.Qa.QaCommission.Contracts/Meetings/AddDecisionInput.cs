namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>A draft decision on an agenda item, with its register fields (executor, deadline, report form).</summary>
public sealed class AddDecisionInput
{
    public Guid? AgendaItemId { get; set; }
    public string Text { get; set; } = "";
    public Guid? ExecutorUserId { get; set; }
    public Guid? ExecutorUnitId { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? ReportForm { get; set; }
    public int Version { get; set; }
}
