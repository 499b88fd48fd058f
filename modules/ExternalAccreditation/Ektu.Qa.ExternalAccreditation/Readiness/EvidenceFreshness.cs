using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>
/// An evidence document is stale once more than the configured number of months has passed since its date: on the
/// same day-of-month N months later it is still fresh, the day after it is stale.
/// </summary>
internal static class EvidenceFreshness
{
    public static bool IsStale(DateOnly documentDate, DateOnly today, int freshMonths) => today > DateWindow.AddMonthsSafe(documentDate, freshMonths);
}
