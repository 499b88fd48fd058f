namespace Ektu.Qa.QaCommission.Plans;

/// <summary>A new monitoring event.</summary>
public sealed class SaveMonitoringEventInput
{
    public string Programme { get; set; } = "";
    public string? Course { get; set; }
    public string Title { get; set; } = "";
    public string Responsible { get; set; } = "";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
}
