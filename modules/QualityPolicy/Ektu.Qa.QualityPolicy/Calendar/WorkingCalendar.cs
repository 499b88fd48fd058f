using Ektu.Qa.QualityPolicy.Holidays;

namespace Ektu.Qa.QualityPolicy.Calendar;

/// <summary>The holiday calendar of <c>qp_holidays</c> as an integration service for other modules.</summary>
internal sealed class WorkingCalendar(HolidayRepository holidays) : IWorkingCalendar
{
    public async Task<IReadOnlyDictionary<DateOnly, bool>> GetExceptionsAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await holidays.GetExpandedAsync(from, to, ct)).ToDictionary(h => h.Day, h => h.IsWorkingDay);
}
