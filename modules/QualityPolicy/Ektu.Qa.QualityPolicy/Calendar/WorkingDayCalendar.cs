using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.QualityPolicy.Calendar;

/// <summary>
/// Kazakhstan working days: Monday–Friday, except dates listed as exceptions — a holiday is not a working day,
/// a transferred working day (a Saturday) is. Pure, so the due-date rule can be tested at its edges.
/// </summary>
internal sealed class WorkingDayCalendar(IReadOnlyDictionary<DateOnly, bool> exceptions)
{
    public static readonly WorkingDayCalendar WeekdaysOnly = new(new Dictionary<DateOnly, bool>());

    public bool IsWorkingDay(DateOnly day) =>
        exceptions.TryGetValue(day, out var working) ? working : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/>; the start day itself is not
    /// counted (an edition in force on Friday with no holidays is due on the second Friday after).
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        var counted = 0;
        // Stored dates may sit at the calendar's end; counting stops there instead of throwing.
        while (counted < workingDays && day < DateOnly.MaxValue)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>The last calendar day that may be needed for <see cref="AddWorkingDays"/>, to load exceptions up to it.</summary>
    public static DateOnly Horizon(DateOnly start, int workingDays) => DateWindow.AddDaysSafe(start, workingDays * 3 + 30);
}
