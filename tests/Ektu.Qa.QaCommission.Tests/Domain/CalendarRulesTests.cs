using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Tests.Domain;

public sealed class CalendarRulesTests
{
    // Monday 2026-03-16; Nauryz: 2026-03-23 (Monday) is a holiday in this test calendar.
    private static readonly DateOnly Monday = new(2026, 3, 16);

    [Fact]
    public void IsLate_Should_AcceptThreeWorkingDays_When_AcrossAWeekend()
    {
        var meeting = Monday; // Monday: Fri, Thu, Wed are the three working days before.
        MaterialsRule.LastDay(meeting, WorkingDays.WeekdaysOnly).ShouldBe(new DateOnly(2026, 3, 11));
        MaterialsRule.IsLate(new DateOnly(2026, 3, 11), meeting, WorkingDays.WeekdaysOnly, meeting).ShouldBeFalse();
        MaterialsRule.IsLate(new DateOnly(2026, 3, 12), meeting, WorkingDays.WeekdaysOnly, meeting).ShouldBeTrue();
    }

    [Fact]
    public void IsLate_Should_SkipHoliday_When_OneFallsBeforeTheMeeting()
    {
        var calendar = new WorkingDays(new Dictionary<DateOnly, bool> { [new DateOnly(2026, 3, 23)] = false });
        var meeting = new DateOnly(2026, 3, 25); // Wednesday; Tuesday 24, (Monday 23 holiday), Friday 20, Thursday 19.
        MaterialsRule.LastDay(meeting, calendar).ShouldBe(new DateOnly(2026, 3, 19));
        MaterialsRule.IsLate(new DateOnly(2026, 3, 19), meeting, calendar, meeting).ShouldBeFalse();
        MaterialsRule.IsLate(new DateOnly(2026, 3, 20), meeting, calendar, meeting).ShouldBeTrue();
        MaterialsRule.IsLate(new DateOnly(2026, 3, 20), meeting, WorkingDays.WeekdaysOnly, meeting).ShouldBeFalse();
    }

    [Fact]
    public void IsLate_Should_Flag_When_MaterialsNeverSentAndTheLastDayPassed()
    {
        // Meeting on Monday 16 March: the last day to send is Wednesday 11.
        MaterialsRule.IsLate(null, Monday, WorkingDays.WeekdaysOnly, new DateOnly(2026, 3, 12)).ShouldBeTrue();
        MaterialsRule.IsLate(null, Monday, WorkingDays.WeekdaysOnly, Monday).ShouldBeTrue();
    }

    [Fact]
    public void IsLate_Should_NotFlag_When_NotSentYetButTheLastDayHasNotPassed()
    {
        // A meeting planned 17 days ahead is not late on the day it is planned, nor on its last day to send.
        MaterialsRule.IsLate(null, Monday, WorkingDays.WeekdaysOnly, new DateOnly(2026, 2, 27)).ShouldBeFalse();
        MaterialsRule.IsLate(null, Monday, WorkingDays.WeekdaysOnly, new DateOnly(2026, 3, 11)).ShouldBeFalse();
    }

    [Fact]
    public void IsWorkingDay_Should_CountTransferredSaturday_When_Listed()
    {
        var saturday = new DateOnly(2026, 3, 14);
        new WorkingDays(new Dictionary<DateOnly, bool> { [saturday] = true }).IsWorkingDay(saturday).ShouldBeTrue();
        WorkingDays.WeekdaysOnly.IsWorkingDay(saturday).ShouldBeFalse();
    }

    [Fact]
    public void GapExceeded_Should_Flag_When_TwoMonthsAndOneDayPass()
    {
        var last = new DateOnly(2026, 1, 10);
        MeetingCadence.GapExceeded(last, new DateOnly(2026, 3, 10)).ShouldBeFalse();
        MeetingCadence.GapExceeded(last, new DateOnly(2026, 3, 11)).ShouldBeTrue();
        MeetingCadence.GapExceeded(new DateOnly(2025, 12, 31), new DateOnly(2026, 2, 28)).ShouldBeFalse();
        MeetingCadence.GapExceeded(new DateOnly(2025, 12, 31), new DateOnly(2026, 3, 1)).ShouldBeTrue();
        MeetingCadence.CountGaps([last, new DateOnly(2026, 3, 10), new DateOnly(2026, 5, 11)]).ShouldBe(1);
    }

    [Fact]
    public void RegisterReviewOverdue_Should_Flag_When_HalfAYearAndOneDayPass()
    {
        var review = new DateOnly(2026, 1, 15);
        MeetingCadence.RegisterReviewOverdue(review, review, new DateOnly(2026, 7, 15)).ShouldBeFalse();
        MeetingCadence.RegisterReviewOverdue(review, review, new DateOnly(2026, 7, 16)).ShouldBeTrue();
    }

    [Fact]
    public void EndingSoon_Should_Warn_When_TermEndsWithinWarningPeriod()
    {
        var start = new DateOnly(2023, 9, 1);
        var end = MemberTerm.End(start);
        end.ShouldBe(new DateOnly(2026, 9, 1));
        MemberTerm.EndingSoon(end, new DateOnly(2026, 7, 3), 60).ShouldBeTrue();
        MemberTerm.EndingSoon(end, new DateOnly(2026, 7, 2), 60).ShouldBeFalse();
        MemberTerm.IsActiveOn(start, end, null, new DateOnly(2026, 8, 31)).ShouldBeTrue();
        MemberTerm.IsActiveOn(start, end, null, end).ShouldBeFalse();
        MemberTerm.IsActiveOn(start, end, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_Should_CheckEachCriterion_When_AtItsEdge()
    {
        var today = new DateOnly(2026, 3, 2);
        var ok = CandidateCriteria.Evaluate(5, true, today.AddYears(-3), today);
        ok.All(c => c.Met).ShouldBeTrue();
        var bad = CandidateCriteria.Evaluate(4, false, today.AddYears(-3).AddDays(-1), today);
        bad.Count(c => !c.Met).ShouldBe(3);
    }

    [Theory]
    [InlineData(1, LadderStep.Notice)]
    [InlineData(2, LadderStep.DeanInformed)]
    [InlineData(3, LadderStep.OfficialInquiry)]
    [InlineData(7, LadderStep.OfficialInquiry)]
    public void StepFor_Should_Climb_When_ViolationsRepeat(int occurrence, LadderStep expected) =>
        Ladder.StepFor(occurrence, 2, 3).ShouldBe(expected);

    [Theory]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-03-30", false)]
    [InlineData("2026-06-30", true)]
    [InlineData("2026-12-31", true)]
    public void IsQuarterEnd_Should_RecogniseQuarterEnds_When_Asked(string day, bool expected) =>
        Quarters.IsQuarterEnd(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
}
