using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.QualityPolicy.Documents;

/// <summary>004 §8: a normative document is reviewed at least once every three years from its approval.</summary>
internal static class ReviewSchedule
{
    /// <summary>
    /// Approval date plus <see cref="QualityPolicyConsts.ReviewYears"/> years, same day and month. An approval on
    /// 29 February falls due on 28 February: the review must never come later than three years.
    /// </summary>
    public static DateOnly DueOn(DateOnly approvedOn) => DateWindow.AddMonthsSafe(approvedOn, 12 * QualityPolicyConsts.ReviewYears);

    public static bool IsOverdue(DateOnly? dueOn, DateOnly today) => dueOn is { } due && due < today;
}
