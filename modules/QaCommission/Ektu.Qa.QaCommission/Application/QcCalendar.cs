using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QaCommission.Domain;
using Ektu.Qa.QualityPolicy.Calendar;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.QaCommission.Application;

/// <summary>
/// "Today" in the university's time zone (<c>QaCommission:TimeZone</c>, default Asia/Almaty) and the working-day calendar
/// from QualityPolicy's <see cref="IWorkingCalendar"/>.
/// </summary>
internal sealed class QcCalendar(IClock clock, IConfiguration configuration, IWorkingCalendar calendar)
{
    private readonly TimeZoneInfo _zone = Find(configuration["QaCommission:TimeZone"] ?? "Asia/Almaty");

    public DateOnly Today => ToLocalDate(clock.UtcNow);

    public DateTime UtcNow => clock.UtcNow;

    public DateOnly ToLocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone));

    public DateTime ToLocal(DateTime utc) => DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone), DateTimeKind.Unspecified);

    /// <summary>The calendar around <paramref name="meetingDate"/>, enough to count working days back from it.</summary>
    public async Task<WorkingDays> WorkingDaysBeforeAsync(DateOnly meetingDate, CancellationToken ct) =>
        new(await calendar.GetExceptionsAsync(WorkingDays.Horizon(meetingDate, QaCommissionConsts.MaterialsWorkingDays), meetingDate, ct));

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
