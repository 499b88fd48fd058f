namespace Ektu.Qa.QaCommission.Plans;

/// <summary>An event of the monitoring calendar plan (004 §3.1): per programme / course, responsible, dates.</summary>
public sealed class MonitoringEventDto
{
    public Guid Id { get; init; }
    public Guid CommissionId { get; init; }

    /// <summary>The programme of the register checked; null on rows planned before events were linked (their text stays).</summary>
    public Guid? ProgrammeId { get; init; }

    /// <summary>The programme as written: the free text of old rows, the group code of linked ones.</summary>
    public string Programme { get; init; } = "";
    public string? Course { get; init; }
    public string Title { get; init; } = "";
    public string Responsible { get; init; } = "";
    public DateOnly StartsOn { get; init; }
    public DateOnly EndsOn { get; init; }

    /// <summary>When the event was recorded as held; null while it is still to be done.</summary>
    public DateOnly? DoneOn { get; init; }
    public int Version { get; init; }
}
