using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Documents;

namespace Ektu.Qa.QualityPolicy.Tests.Domain;

public sealed class WorkingDayCalendarTests
{
    private static readonly DateOnly Friday20March = new(2026, 3, 20);

    private static WorkingDayCalendar Nauryz(params (DateOnly Day, bool Working)[] extra)
    {
        var d = new Dictionary<DateOnly, bool>
        {
            [new DateOnly(2026, 3, 21)] = false,
            [new DateOnly(2026, 3, 22)] = false,
            [new DateOnly(2026, 3, 23)] = false,
        };
        foreach (var (day, working) in extra) d[day] = working;
        return new WorkingDayCalendar(d);
    }

    [Fact]
    public void AddWorkingDays_Should_SkipWeekendAndNauryz_When_InForceOnFriday()
    {
        var calendar = Nauryz();
        // Sat 21, Sun 22 and Mon 23 (Nauryz) are free: the 1st working day is Tue 24 March.
        var days = Enumerable.Range(1, 11).Select(n => calendar.AddWorkingDays(Friday20March, n)).ToList();
        days.ShouldBe([
            new DateOnly(2026, 3, 24), new DateOnly(2026, 3, 25), new DateOnly(2026, 3, 26), new DateOnly(2026, 3, 27),
            new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 2),
            new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6), new DateOnly(2026, 4, 7),
        ]);
    }

    [Fact]
    public void AddWorkingDays_Should_ReturnDay10AsDueDate_When_TenWorkingDays()
    {
        var due = Nauryz().AddWorkingDays(Friday20March, 10);
        due.ShouldBe(new DateOnly(2026, 4, 6));
        // Day 11 is the first day on which an unacknowledged task is overdue.
        ReviewSchedule.IsOverdue(due, new DateOnly(2026, 4, 6)).ShouldBeFalse();
        ReviewSchedule.IsOverdue(due, new DateOnly(2026, 4, 7)).ShouldBeTrue();
    }

    [Fact]
    public void AddWorkingDays_Should_ShiftByOneDay_When_HolidayFallsBetween()
    {
        var without = WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(new DateOnly(2026, 4, 20), 10);
        var with = new WorkingDayCalendar(new Dictionary<DateOnly, bool> { [new DateOnly(2026, 4, 22)] = false })
            .AddWorkingDays(new DateOnly(2026, 4, 20), 10);
        without.ShouldBe(new DateOnly(2026, 5, 4));
        with.ShouldBe(new DateOnly(2026, 5, 5));
    }

    [Fact]
    public void AddWorkingDays_Should_NotCountStartDay_When_StartIsWorkingDay()
    {
        // Monday + 1 working day = Tuesday; Friday + 1 = Monday.
        WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(new DateOnly(2026, 4, 13), 1).ShouldBe(new DateOnly(2026, 4, 14));
        WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(new DateOnly(2026, 4, 17), 1).ShouldBe(new DateOnly(2026, 4, 20));
    }

    [Fact]
    public void AddWorkingDays_Should_CountSaturday_When_MarkedAsTransferredWorkingDay()
    {
        var saturday = new DateOnly(2026, 3, 28);
        var calendar = Nauryz((saturday, true));
        calendar.IsWorkingDay(saturday).ShouldBeTrue();
        calendar.AddWorkingDays(Friday20March, 5).ShouldBe(saturday);
        calendar.AddWorkingDays(Friday20March, 10).ShouldBe(new DateOnly(2026, 4, 3));
    }

    [Fact]
    public void IsWorkingDay_Should_BeFalse_When_WeekendOrHoliday()
    {
        var calendar = Nauryz();
        calendar.IsWorkingDay(new DateOnly(2026, 3, 21)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2026, 3, 23)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2026, 3, 29)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2026, 3, 24)).ShouldBeTrue();
    }
}
