using Ektu.Qa.QaCommission.Commissions;
namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>
/// 004 §5.1.3: members receive the agenda and materials «отырысқа дейін кемінде үш жұмыс күні бұрын» — at least three
/// working days before the meeting. The last good day is the 3rd working day before the meeting day (meeting on
/// Thursday → Monday; on Monday → the Wednesday before). Sending later is flagged; not sending is flagged only once that
/// day has passed, so a meeting planned weeks ahead is not late on the day it is planned.
/// </summary>
internal static class MaterialsRule
{
    public static DateOnly LastDay(DateOnly meetingDate, WorkingDays calendar) =>
        calendar.SubtractWorkingDays(meetingDate, QaCommissionConsts.MaterialsWorkingDays);

    public static bool IsLate(DateOnly? sentOn, DateOnly meetingDate, WorkingDays calendar, DateOnly today) =>
        (sentOn ?? today) > LastDay(meetingDate, calendar);
}
