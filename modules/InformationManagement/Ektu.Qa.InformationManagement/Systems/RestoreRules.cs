namespace Ektu.Qa.InformationManagement.Systems;

/// <summary>When a system's verified restore is too old to rely on.</summary>
internal static class RestoreRules
{
    /// <summary>
    /// Stale when no restore was ever verified, or the last was verified more than <paramref name="days"/> days before
    /// <paramref name="today"/>: verified exactly <paramref name="days"/> days ago is still fresh.
    /// </summary>
    public static bool IsStale(DateOnly? verifiedOn, DateOnly today, int days) =>
        verifiedOn is not { } v || today.DayNumber - v.DayNumber > days;
}
