using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>
/// 004 §7.2: meetings at least once every two months. A gap is exceeded when a meeting falls after the previous one's
/// date plus two calendar months (10 Jan → 10 Mar is fine, 11 Mar is not; month ends clamp: 31 Dec → 28/29 Feb).
/// </summary>
internal static class MeetingCadence
{
    public static DateOnly Due(DateOnly previous) => DateWindow.AddMonthsSafe(previous, QaCommissionConsts.MeetingIntervalMonths);

    public static bool GapExceeded(DateOnly previous, DateOnly next) => next > Due(previous);

    /// <summary>Past meetings plus planned ones, in date order: how many followed their predecessor too late.</summary>
    public static int CountGaps(IEnumerable<DateOnly> meetingDates)
    {
        var dates = meetingDates.Order().ToList();
        var gaps = 0;
        for (var i = 1; i < dates.Count; i++) if (GapExceeded(dates[i - 1], dates[i])) gaps++;
        return gaps;
    }

    /// <summary>004 §7.4: the register reviewed at least once every half year.</summary>
    public static bool RegisterReviewOverdue(DateOnly? lastReview, DateOnly since, DateOnly today) =>
        today > DateWindow.AddMonthsSafe(lastReview ?? since, QaCommissionConsts.RegisterReviewMonths);
}
