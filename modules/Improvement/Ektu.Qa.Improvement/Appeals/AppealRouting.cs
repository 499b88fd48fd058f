using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>
/// Routing by level of competence (department → school → university) and the working-day terms: an appeal is due on the
/// N-th working day after the day it reached its level (that day not counted) and overdue from the next day on.
/// </summary>
internal static class AppealRouting
{
    public static AppealLevel LevelOf(OrganizationUnitKind kind) => kind switch
    {
        OrganizationUnitKind.Department => AppealLevel.Department,
        OrganizationUnitKind.School => AppealLevel.School,
        _ => AppealLevel.University,
    };

    public static AppealLevel? Next(AppealLevel level) => level switch
    {
        AppealLevel.Department => AppealLevel.School,
        AppealLevel.School => AppealLevel.University,
        _ => null,
    };

    public static DateOnly DueOn(WorkingDays days, DateOnly start, int workingDays)
    {
        var d = start;
        var counted = 0;
        while (counted < workingDays && d < DateOnly.MaxValue)
        {
            d = d.AddDays(1);
            if (days.IsWorkingDay(d)) counted++;
        }
        return d;
    }

    /// <summary>How far ahead exceptions must be loaded for <see cref="DueOn"/>.</summary>
    public static DateOnly Horizon(DateOnly start, int workingDays) => DateWindow.AddDaysSafe(start, workingDays * 3 + 30);

    public static bool IsOverdue(AppealState state, DateOnly dueOn, DateOnly today) => state != AppealState.Resolved && today > dueOn;
}
