namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>A new trigger: the programme, which of the seven grounds, when, who brought it, what it says, its evidence.</summary>
public sealed class RecordTriggerInput
{
    public Guid ProgrammeId { get; set; }
    public TriggerKind Kind { get; set; }
    public DateOnly? RaisedOn { get; set; }
    public string Source { get; set; } = "";
    public string Text { get; set; } = "";
    public string? Evidence { get; set; }
}
