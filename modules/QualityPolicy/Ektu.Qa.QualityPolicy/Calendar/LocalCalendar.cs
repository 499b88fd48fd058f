using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.QualityPolicy.Calendar;

/// <summary>
/// "Today" in the university's time zone (the Kernel's <see cref="IUserClock"/>, <c>Localization:TimeZone</c>): due dates
/// are calendar days in Kazakhstan, not in UTC.
/// </summary>
internal sealed class LocalCalendar(IUserClock clock)
{
    public DateOnly Today => clock.Today;

    /// <summary>A stored UTC time as the university's wall-clock time (sheets, pages).</summary>
    public DateTime ToLocal(DateTime utc) => clock.Local(utc);
}
