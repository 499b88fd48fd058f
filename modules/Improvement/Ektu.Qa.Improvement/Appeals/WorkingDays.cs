namespace Ektu.Qa.Improvement.Appeals;

/// <summary>
/// Kazakhstan working days: Monday–Friday except calendar exceptions (a holiday is not a working day, a transferred
/// working Saturday is). The exceptions come from QualityPolicy's calendar through <c>IWorkingCalendar</c>.
/// </summary>
internal sealed class WorkingDays(IReadOnlyDictionary<DateOnly, bool> exceptions)
{
    public static readonly WorkingDays WeekdaysOnly = new(new Dictionary<DateOnly, bool>());

    public bool IsWorkingDay(DateOnly day) =>
        exceptions.TryGetValue(day, out var working) ? working : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
