using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.Kernel.Timing;

internal sealed class UserClock(IClock clock, IConfiguration configuration) : IUserClock
{
    public const string Setting = "Localization:TimeZone";

    public TimeZoneInfo Zone { get; } = Find(configuration[Setting]);

    public DateTime Local(DateTime utc)
    {
        // Clamped like StartUtc: an odd stored value at the calendar's ends is shown, never a 500.
        var at = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var ticks = at.Ticks + Zone.GetUtcOffset(at).Ticks;
        return new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Unspecified);
    }

    public DateTime? Local(DateTime? utc) => utc is { } u ? Local(u) : null;

    public DateTime StartUtc(DateOnly day)
    {
        // Clamped, so the first and last days of the calendar stay total instead of throwing.
        var local = day.ToDateTime(TimeOnly.MinValue);
        var ticks = local.Ticks - Zone.GetUtcOffset(local).Ticks;
        return new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc);
    }

    public DateOnly Today => DateOnly.FromDateTime(Local(clock.UtcNow));

    internal static TimeZoneInfo Find(string? id)
    {
        id = string.IsNullOrWhiteSpace(id) ? "Asia/Almaty" : id.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Without tz data, Kazakhstan's single zone (UTC+5 since 2024) is the sensible fallback.
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(5), id, id);
        }
    }
}
