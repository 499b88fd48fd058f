namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>The texts of an open review (row version required).</summary>
public sealed class SaveReviewInput
{
    public string? SelfEvaluation { get; set; }
    public string? StakeholderInput { get; set; }
    public string? OutcomesAchievement { get; set; }
    public string? Decisions { get; set; }
    public string? PublishedChanges { get; set; }
    public int Version { get; set; }
}
