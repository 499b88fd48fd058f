using System.Globalization;

namespace Ektu.Qa.Kernel.Input;

/// <summary>
/// The dates a person may enter: the university's records start well after 1950 and no plan reaches past 2100.
/// Outside it a typo (9999-12-31, 0001-01-01) would be stored and break date arithmetic for every reader.
/// The message of <see cref="Errors.ErrorCodes.DateOutOfRange"/> names the bounds in words: change it with them.
/// </summary>
public static class DateWindow
{
    public static readonly DateOnly Min = new(1950, 1, 1);

    public static readonly DateOnly Max = new(2100, 12, 31);

    /// <summary>The bounds as an <c>input type=date</c> writes them.</summary>
    public static string MinIso => Min.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string MaxIso => Max.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool Contains(DateOnly date) => date >= Min && date <= Max;

    public static bool Contains(DateTime time) => Contains(DateOnly.FromDateTime(time));

    /// <summary>Adds months without throwing near the ends of the calendar: stored data may hold any date.</summary>
    public static DateOnly AddMonthsSafe(DateOnly date, int months) =>
        months >= 0 && date > DateOnly.MaxValue.AddMonths(-months) ? DateOnly.MaxValue
        : months < 0 && date < DateOnly.MinValue.AddMonths(-months) ? DateOnly.MinValue
        : date.AddMonths(months);

    /// <summary>Adds days without throwing near the ends of the calendar.</summary>
    public static DateOnly AddDaysSafe(DateOnly date, int days) =>
        days >= 0 && date.DayNumber > DateOnly.MaxValue.DayNumber - days ? DateOnly.MaxValue
        : days < 0 && date.DayNumber < DateOnly.MinValue.DayNumber - days ? DateOnly.MinValue
        : date.AddDays(days);
}
