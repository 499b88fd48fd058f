using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>
/// An evidence document is stale once more than the configured number of months has passed since its date: on the
/// same day-of-month N months later it is still fresh, the day after it is stale.
/// </summary>
internal static class EvidenceFreshness
{
    public static bool IsStale(DateOnly documentDate, DateOnly today, int freshMonths) => today > DateWindow.AddMonthsSafe(documentDate, freshMonths);

    /// <summary>
    /// The earliest document date still fresh today: every earlier one is stale, as a later date never ends its months sooner.
    /// Month ends put it a few days off today less the months (on 31 March, 28 February plus a month is stale), found by stepping.
    /// </summary>
    public static DateOnly FreshFrom(DateOnly today, int freshMonths)
    {
        var d = DateWindow.AddMonthsSafe(today, -freshMonths);
        while (d > DateOnly.MinValue && !IsStale(d.AddDays(-1), today, freshMonths)) d = d.AddDays(-1);
        while (d < DateOnly.MaxValue && IsStale(d, today, freshMonths)) d = d.AddDays(1);
        return d;
    }
}
