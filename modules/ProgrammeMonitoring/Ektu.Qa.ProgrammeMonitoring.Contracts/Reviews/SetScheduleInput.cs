namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>A programme's review cycle in years and the day it counts from (version 0 for the first schedule).</summary>
public sealed class SetScheduleInput
{
    public int CycleYears { get; set; } = 5;
    public DateOnly? AnchorOn { get; set; }
    public int Version { get; set; }
}
