using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>
/// Kazakhstan working days: Monday–Friday except calendar exceptions (a holiday is not a working day, a transferred
/// working Saturday is). The exceptions come from QualityPolicy's calendar through <c>IWorkingCalendar</c>.
/// </summary>
internal sealed class WorkingDays(IReadOnlyDictionary<DateOnly, bool> exceptions)
{
    public static readonly WorkingDays WeekdaysOnly = new(new Dictionary<DateOnly, bool>());

    public bool IsWorkingDay(DateOnly day) =>
        exceptions.TryGetValue(day, out var working) ? working : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The <paramref name="workingDays"/>-th working day before <paramref name="day"/> (the day itself not counted).</summary>
    public DateOnly SubtractWorkingDays(DateOnly day, int workingDays)
    {
        var d = day;
        var counted = 0;
        // Stored dates may sit at the calendar's start; counting stops there instead of throwing.
        while (counted < workingDays && d > DateOnly.MinValue)
        {
            d = d.AddDays(-1);
            if (IsWorkingDay(d)) counted++;
        }
        return d;
    }

    /// <summary>How far back exceptions must be loaded for <see cref="SubtractWorkingDays"/>.</summary>
    public static DateOnly Horizon(DateOnly day, int workingDays) => DateWindow.AddDaysSafe(day, -(workingDays * 3 + 30));
}
