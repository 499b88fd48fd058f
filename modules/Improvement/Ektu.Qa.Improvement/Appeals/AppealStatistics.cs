namespace Ektu.Qa.Improvement.Appeals;

/// <summary>Counts of a period's appeals; every enum value appears (zero when none) so tables and charts keep their shape.</summary>
internal static class AppealStatistics
{
    public static AppealStatisticsDto Compute(IReadOnlyList<AppealDto> appeals, DateOnly from, DateOnly to, DateOnly today) => new()
    {
        From = from,
        To = to,
        Total = appeals.Count,
        Overdue = appeals.Count(a => AppealRouting.IsOverdue(a.State, a.DueOn, today)),
        Escalated = appeals.Count(a => a.Escalations > 0),
        ByKind = CountBy(appeals, a => a.Kind),
        ByLevel = CountBy(appeals, a => a.Level),
        ByState = CountBy(appeals, a => a.State),
        ByFormality = CountBy(appeals, a => a.Formality),
        ByChannel = CountBy(appeals, a => a.Channel),
    };

    private static Dictionary<T, int> CountBy<T>(IEnumerable<AppealDto> appeals, Func<AppealDto, T> key) where T : struct, Enum
    {
        var counts = Enum.GetValues<T>().ToDictionary(v => v, _ => 0);
        foreach (var a in appeals) counts[key(a)]++;
        return counts;
    }
}
