using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Improvement.Appeals;


namespace Ektu.Qa.Improvement.Tests.Appeals;

public sealed class AppealRoutingTests
{
    // Monday 6 April 2026: ten working days later (the day itself not counted) is Monday 20 April.
    private static readonly DateOnly Monday = new(2026, 4, 6);

    [Theory]
    [InlineData(10, 2026, 4, 20)]
    [InlineData(15, 2026, 4, 27)]
    [InlineData(1, 2026, 4, 7)]
    public void DueOn_Should_CountWorkingDaysAfterStart_When_NoHolidays(int days, int y, int m, int d) =>
        AppealRouting.DueOn(WorkingDays.WeekdaysOnly, Monday, days).ShouldBe(new DateOnly(y, m, d));

    [Fact]
    public void DueOn_Should_SkipHolidayAndCountTransferredSaturday_When_CalendarHasExceptions()
    {
        var days = new WorkingDays(new Dictionary<DateOnly, bool> { [new DateOnly(2026, 4, 8)] = false, [new DateOnly(2026, 4, 11)] = true });
        // The holiday on Wednesday is skipped, the working Saturday counts: the two cancel out.
        AppealRouting.DueOn(days, Monday, 10).ShouldBe(new DateOnly(2026, 4, 20));
        var holidayOnly = new WorkingDays(new Dictionary<DateOnly, bool> { [new DateOnly(2026, 4, 8)] = false });
        AppealRouting.DueOn(holidayOnly, Monday, 10).ShouldBe(new DateOnly(2026, 4, 21));
    }

    [Fact]
    public void DueOn_Should_StartFromNextWorkingDay_When_ReceivedOnFriday() =>
        AppealRouting.DueOn(WorkingDays.WeekdaysOnly, new DateOnly(2026, 4, 10), 1).ShouldBe(new DateOnly(2026, 4, 13));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void IsOverdue_Should_FlagDayAfterDueDay_When_NotResolved(int daysAfter, bool overdue) =>
        AppealRouting.IsOverdue(AppealState.InReview, Monday, Monday.AddDays(daysAfter)).ShouldBe(overdue);

    [Fact]
    public void IsOverdue_Should_BeFalse_When_Resolved() =>
        AppealRouting.IsOverdue(AppealState.Resolved, Monday, Monday.AddDays(40)).ShouldBeFalse();

    [Theory]
    [InlineData(OrganizationUnitKind.Department, AppealLevel.Department)]
    [InlineData(OrganizationUnitKind.School, AppealLevel.School)]
    [InlineData(OrganizationUnitKind.University, AppealLevel.University)]
    [InlineData(OrganizationUnitKind.Office, AppealLevel.University)]
    public void LevelOf_Should_MapUnitKind_When_Routed(OrganizationUnitKind kind, AppealLevel level) => AppealRouting.LevelOf(kind).ShouldBe(level);

    [Fact]
    public void Next_Should_ClimbToUniversityThenStop_When_Escalated()
    {
        AppealRouting.Next(AppealLevel.Department).ShouldBe(AppealLevel.School);
        AppealRouting.Next(AppealLevel.School).ShouldBe(AppealLevel.University);
        AppealRouting.Next(AppealLevel.University).ShouldBeNull();
    }

    [Fact]
    public void Compute_Should_CountEveryDimension_When_AppealsGiven()
    {
        var today = new DateOnly(2026, 5, 1);
        AppealDto A(AppealKind k, AppealLevel l, AppealState s, DateOnly due, int esc = 0) => new()
        {
            Id = Guid.NewGuid(), Kind = k, Level = l, State = s, DueOn = due, Escalations = esc, Formality = AppealFormality.Formal,
            Channel = AppealChannel.Web,
        };
        var list = new[]
        {
            A(AppealKind.Individual, AppealLevel.Department, AppealState.Received, today),
            A(AppealKind.Individual, AppealLevel.School, AppealState.InReview, today.AddDays(-1), 1),
            A(AppealKind.Systemic, AppealLevel.University, AppealState.Resolved, today.AddDays(-20), 2),
        };
        var s = AppealStatistics.Compute(list, today.AddMonths(-1), today, today);
        s.Total.ShouldBe(3);
        s.Overdue.ShouldBe(1);
        s.Escalated.ShouldBe(2);
        s.ByKind[AppealKind.Individual].ShouldBe(2);
        s.ByKind[AppealKind.Systemic].ShouldBe(1);
        s.ByLevel.Values.ShouldBe([1, 1, 1]);
        s.ByState[AppealState.Resolved].ShouldBe(1);
        s.ByFormality[AppealFormality.Informal].ShouldBe(0);
        s.ByChannel[AppealChannel.Web].ShouldBe(3);
    }
}
