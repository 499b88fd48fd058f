using Ektu.Qa.Kernel.Timing;

namespace Ektu.Qa.Improvement;

/// <summary>"Today" in the university's time zone (the Kernel's <see cref="IUserClock"/>, <c>Localization:TimeZone</c>).</summary>
internal sealed class ImprovementCalendar(IClock clock, IUserClock local)
{
    public DateOnly Today => ToLocalDate(clock.UtcNow);

    public DateTime UtcNow => clock.UtcNow;

    public DateOnly ToLocalDate(DateTime utc) => DateOnly.FromDateTime(local.Local(utc));
}
