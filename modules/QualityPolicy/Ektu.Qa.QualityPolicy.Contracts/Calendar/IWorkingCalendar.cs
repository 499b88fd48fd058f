namespace Ektu.Qa.QualityPolicy.Calendar;

/// <summary>
/// Kazakhstan's working-day calendar for other modules: Monday–Friday except the exceptions kept by QualityPolicy
/// (public holidays are not working days, transferred working days are). No permission check: the caller has made its own.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>
    /// Days from <paramref name="from"/> to <paramref name="to"/> (inclusive) whose status differs from the
    /// Monday–Friday rule: <c>false</c> for a holiday, <c>true</c> for a transferred working day.
    /// </summary>
    Task<IReadOnlyDictionary<DateOnly, bool>> GetExceptionsAsync(DateOnly from, DateOnly to, CancellationToken ct = default);
}
