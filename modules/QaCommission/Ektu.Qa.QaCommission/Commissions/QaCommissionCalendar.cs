using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.QualityPolicy.Calendar;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>
/// "Today" in the university's time zone (the Kernel's <see cref="IUserClock"/>, <c>Localization:TimeZone</c>) and the working-day calendar
/// from QualityPolicy's <see cref="IWorkingCalendar"/>.
/// </summary>
internal sealed class QaCommissionCalendar(IClock clock, IUserClock local, IWorkingCalendar calendar)
{
    public DateOnly Today => ToLocalDate(clock.UtcNow);

    public DateTime UtcNow => clock.UtcNow;

    public DateOnly ToLocalDate(DateTime utc) => DateOnly.FromDateTime(local.Local(utc));

    public DateTime ToLocal(DateTime utc) => local.Local(utc);

    /// <summary>The calendar around <paramref name="meetingDate"/>, enough to count working days back from it.</summary>
    public async Task<WorkingDays> WorkingDaysBeforeAsync(DateOnly meetingDate, CancellationToken ct) =>
        new(await calendar.GetExceptionsAsync(WorkingDays.Horizon(meetingDate, QaCommissionConsts.MaterialsWorkingDays), meetingDate, ct));
}
