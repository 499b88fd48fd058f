namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>The decision on an open trigger: open a review of the programme, or close it with the reason why not.</summary>
public sealed class DecideTriggerInput
{
    public bool OpenReview { get; set; }
    public string? Reason { get; set; }
    public int Version { get; set; }
}
