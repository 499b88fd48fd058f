using Ektu.Qa.QualityPolicy.Calendar;

namespace Ektu.Qa.QualityPolicy.Holidays;

/// <summary>
/// The calendar rows as exceptions to Monday–Friday, with the days off moved by the Labour Code (art. 85): a public
/// holiday that falls on a Saturday or Sunday moves the day off to the next working day after it — not a religious
/// holiday (Kurban ait, Orthodox Christmas), whose rows do not carry <see cref="HolidayDto.MovesOffWeekend"/>. The
/// Government's yearly transfers are rows of their own (a weekday off, a Saturday made a working day).
/// </summary>
internal static class DaysOff
{
    /// <summary>How far before a range holidays must be read: a weekend holiday moves its day off forward into it.</summary>
    public const int Lookback = 14;

    public static IReadOnlyList<HolidayDto> Expand(IReadOnlyList<HolidayDto> rows)
    {
        var exceptions = rows.ToDictionary(r => r.Day, r => r.IsWorkingDay);
        var moved = new List<HolidayDto>();
        // Rows already expanded carry their moved days: expanding twice must not move a day off again.
        var done = rows.Where(r => r.MovedFrom != null).Select(r => r.MovedFrom!.Value).ToHashSet();
        foreach (var h in rows.Where(r => r.MovesOffWeekend && !r.IsWorkingDay && IsWeekend(r.Day) && !done.Contains(r.Day)).OrderBy(r => r.Day))
        {
            var day = h.Day.AddDays(1);
            while (!(exceptions.TryGetValue(day, out var working) ? working : !IsWeekend(day))) day = day.AddDays(1);
            exceptions[day] = false;
            moved.Add(new HolidayDto { Day = day, IsWorkingDay = false, MovedFrom = h.Day, NameKk = h.NameKk, NameRu = h.NameRu, NameEn = h.NameEn });
        }
        return moved.Count == 0 ? rows : [.. rows.Concat(moved).OrderBy(r => r.Day)];
    }

    public static WorkingDayCalendar Calendar(IReadOnlyList<HolidayDto> rows) =>
        new(Expand(rows).ToDictionary(r => r.Day, r => r.IsWorkingDay));

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
