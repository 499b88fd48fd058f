namespace Ektu.Qa.ProgrammeMonitoring.Reviews;

/// <summary>
/// Due dates of a programme's reviews: the periodic review falls due <c>cycle</c> years after the anchor (and is due from
/// that very day), yearly monitoring on each anniversary of the anchor; a review is overdue the day after its due day.
/// </summary>
internal static class ReviewRules
{
    public const int MinCycleYears = 1;
    public const int MaxCycleYears = 7;

    public static DateOnly NextPeriodic(DateOnly anchor, int cycleYears) => anchor.AddYears(cycleYears);

    public static bool PeriodicDue(DateOnly anchor, int cycleYears, DateOnly today) => today >= NextPeriodic(anchor, cycleYears);

    /// <summary>The first anniversary of the anchor on or after <paramref name="today"/> (today itself when it is one).</summary>
    public static DateOnly NextMonitoring(DateOnly anchor, DateOnly today)
    {
        var years = Math.Max(1, today.Year - anchor.Year);
        var next = anchor.AddYears(years);
        while (next < today) next = next.AddYears(1);
        return next;
    }

    public static bool Overdue(ReviewState state, DateOnly dueOn, DateOnly today) => state == ReviewState.Open && today > dueOn;
}
