namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// When a programme is reviewed: every <see cref="CycleYears"/> years from <see cref="AnchorOn"/> (its last periodic review
/// or its approval), with yearly monitoring on the anniversaries between.
/// </summary>
public sealed class ReviewScheduleDto
{
    public Guid ProgrammeId { get; init; }
    public string GroupCode { get; set; } = "";
    public string ProgrammeTitle { get; set; } = "";
    public Guid SchoolId { get; set; }
    public int CycleYears { get; init; }
    public DateOnly AnchorOn { get; init; }
    public DateOnly NextPeriodicDue { get; set; }
    public DateOnly NextMonitoringDue { get; set; }
    public bool PeriodicDue { get; set; }
    public int Version { get; init; }
}
