namespace Ektu.Qa.QaCommission.Plans;

/// <summary>A new monitoring event.</summary>
public sealed class SaveMonitoringEventInput
{
    /// <summary>A programme of the commission's school from the register; a closed or suspended one is refused.</summary>
    public Guid? ProgrammeId { get; set; }

    /// <summary>Free text, needed only when no <see cref="ProgrammeId"/> is given.</summary>
    public string Programme { get; set; } = "";
    public string? Course { get; set; }
    public string Title { get; set; } = "";
    public string Responsible { get; set; } = "";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
}
