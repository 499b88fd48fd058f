namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>Error codes of triggers and reviews (localization keys).</summary>
public static class ReviewErrorCodes
{
    public const string TriggerDecided = "ProgrammeMonitoring:Reviews.TriggerDecided";
    public const string ReviewCompleted = "ProgrammeMonitoring:Reviews.ReviewCompleted";
    public const string FutureDate = "ProgrammeMonitoring:Reviews.FutureDate";
    public const string ActionClosed = "ProgrammeMonitoring:Reviews.ActionClosed";
    public const string CycleYears = "ProgrammeMonitoring:Reviews.CycleYearsRange";
}
