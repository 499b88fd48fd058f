using Ektu.Qa.Kernel.Timing;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.QualityPolicy.Application;

/// <summary>
/// "Today" in the university's time zone (<c>QualityPolicy:TimeZone</c>, default Asia/Almaty): due dates are
/// calendar days in Kazakhstan, not in UTC.
/// </summary>
internal sealed class LocalCalendar(IClock clock, IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone = Find(configuration["QualityPolicy:TimeZone"] ?? "Asia/Almaty");

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.UtcNow, _zone));

    /// <summary>A stored UTC time as the university's wall-clock time (sheets, pages).</summary>
    public DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone), DateTimeKind.Unspecified);

    private static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            // Without tz data, Kazakhstan's single zone (UTC+5 since 2024) is the sensible fallback.
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(5), id, id);
        }
    }
}
