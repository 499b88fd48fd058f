using Ektu.Qa.QualityPolicy.Calendar;
using Ektu.Qa.QualityPolicy.Holidays;

namespace Ektu.Qa.QualityPolicy.Tests.Domain;

public sealed class DaysOffTests
{
    private static HolidayDto Public(int y, int m, int d) => new() { Day = new DateOnly(y, m, d), MovesOffWeekend = true, NameEn = "Public" };

    private static HolidayDto Religious(int y, int m, int d) => new() { Day = new DateOnly(y, m, d), NameEn = "Religious" };

    [Fact]
    public void Expand_Should_MoveDayOffToMonday_When_PublicHolidayFallsOnSaturday()
    {
        // Capital Day, Saturday 6 July 2024 → Monday 8 July.
        var days = DaysOff.Expand([Public(2024, 7, 6)]);
        days.Single(d => d.MovedFrom != null).ShouldSatisfyAllConditions(
            d => d.Day.ShouldBe(new DateOnly(2024, 7, 8)), d => d.MovedFrom.ShouldBe(new DateOnly(2024, 7, 6)), d => d.IsWorkingDay.ShouldBeFalse());
    }

    [Fact]
    public void Expand_Should_NotMove_When_ReligiousHolidayFallsOnWeekend()
    {
        // Kurban ait, Sunday 16 June 2024; Orthodox Christmas, Sunday 7 January 2024.
        DaysOff.Expand([Religious(2024, 6, 16), Religious(2024, 1, 7)]).ShouldAllBe(d => d.MovedFrom == null);
        DaysOff.Calendar([Religious(2024, 6, 16)]).IsWorkingDay(new DateOnly(2024, 6, 17)).ShouldBeTrue();
    }

    [Fact]
    public void Expand_Should_ChainMovedDays_When_SeveralHolidaysFallOnOneWeekend()
    {
        // Nauryz 2025: Friday 21, Saturday 22, Sunday 23 March → days off on Monday 24 and Tuesday 25.
        var calendar = DaysOff.Calendar([Public(2025, 3, 21), Public(2025, 3, 22), Public(2025, 3, 23)]);
        calendar.IsWorkingDay(new DateOnly(2025, 3, 24)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2025, 3, 25)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2025, 3, 26)).ShouldBeTrue();
        // Nauryz 2026: Saturday 21, Sunday 22, Monday 23 → the moved days skip the holiday Monday: Tuesday 24, Wednesday 25.
        var n26 = DaysOff.Calendar([Public(2026, 3, 21), Public(2026, 3, 22), Public(2026, 3, 23)]);
        n26.IsWorkingDay(new DateOnly(2026, 3, 24)).ShouldBeFalse();
        n26.IsWorkingDay(new DateOnly(2026, 3, 25)).ShouldBeFalse();
        n26.IsWorkingDay(new DateOnly(2026, 3, 26)).ShouldBeTrue();
    }

    [Fact]
    public void AddWorkingDays_Should_ReachDayElevenOnTheDate_When_AMovedDayOffFallsInside()
    {
        // Approved Monday 2 March 2026; Women's Day is Sunday 8 March, its day off moves to Monday 9 March.
        var approved = new DateOnly(2026, 3, 2);
        WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(approved, 10).ShouldBe(new DateOnly(2026, 3, 16));
        DaysOff.Calendar([Public(2026, 3, 8)]).AddWorkingDays(approved, 10).ShouldBe(new DateOnly(2026, 3, 17));
        // A religious holiday on the same Sunday moves nothing.
        DaysOff.Calendar([Religious(2026, 3, 8)]).AddWorkingDays(approved, 10).ShouldBe(new DateOnly(2026, 3, 16));
    }

    [Fact]
    public void Expand_Should_MoveOnce_When_ExpandedRowsAreExpandedAgain()
    {
        var once = DaysOff.Expand([Public(2026, 3, 8)]);
        DaysOff.Expand(once).Select(d => d.Day).ShouldBe([new DateOnly(2026, 3, 8), new DateOnly(2026, 3, 9)]);
    }

    [Fact]
    public void AddWorkingDays_Should_SkipWeekdayHoliday_When_OneFallsInside()
    {
        // Approved Monday 27 April 2026; Friday 1 May is a holiday: day 10 is Tuesday 12 May instead of Monday 11 May.
        var approved = new DateOnly(2026, 4, 27);
        WorkingDayCalendar.WeekdaysOnly.AddWorkingDays(approved, 10).ShouldBe(new DateOnly(2026, 5, 11));
        DaysOff.Calendar([Public(2026, 5, 1)]).AddWorkingDays(approved, 10).ShouldBe(new DateOnly(2026, 5, 12));
    }
}
