using Ektu.Qa.Improvement.Capa;

namespace Ektu.Qa.Improvement.Tests.Capa;

public sealed class CapaRulesTests
{
    private static readonly DateOnly Due = new(2026, 6, 1);

    [Fact]
    public void Current_Should_StayImplemented_When_DayBeforeCheckDue() =>
        CapaRules.Current(CapaState.Implemented, Due, Due.AddDays(-1)).ShouldBe(CapaState.Implemented);

    [Fact]
    public void Current_Should_BeEffectivenessCheckDue_When_CheckDayReached() =>
        CapaRules.Current(CapaState.Implemented, Due, Due).ShouldBe(CapaState.EffectivenessCheckDue);

    [Theory]
    [InlineData(CapaState.Open)]
    [InlineData(CapaState.InProgress)]
    [InlineData(CapaState.Closed)]
    [InlineData(CapaState.Reopened)]
    public void Current_Should_KeepStoredState_When_NotImplemented(CapaState stored) =>
        CapaRules.Current(stored, Due, Due.AddDays(30)).ShouldBe(stored);

    [Theory]
    [InlineData(CapaState.Open, CapaState.InProgress, true)]
    [InlineData(CapaState.InProgress, CapaState.Implemented, true)]
    [InlineData(CapaState.EffectivenessCheckDue, CapaState.Closed, true)]
    [InlineData(CapaState.EffectivenessCheckDue, CapaState.Reopened, true)]
    [InlineData(CapaState.Reopened, CapaState.InProgress, true)]
    [InlineData(CapaState.Open, CapaState.Implemented, false)]
    [InlineData(CapaState.Open, CapaState.Closed, false)]
    [InlineData(CapaState.Implemented, CapaState.Closed, false)]
    [InlineData(CapaState.Implemented, CapaState.Reopened, false)]
    [InlineData(CapaState.Closed, CapaState.InProgress, false)]
    [InlineData(CapaState.Closed, CapaState.Reopened, false)]
    [InlineData(CapaState.InProgress, CapaState.EffectivenessCheckDue, false)]
    [InlineData(CapaState.Reopened, CapaState.Implemented, false)]
    public void CanMove_Should_FollowStateMachine_When_Asked(CapaState from, CapaState to, bool allowed) =>
        CapaRules.CanMove(from, to).ShouldBe(allowed);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void IsOverdue_Should_FlagFromDayAfterDeadline_When_WorkNotDone(int daysAfter, bool overdue) =>
        CapaRules.IsOverdue(CapaState.InProgress, Due, Due.AddDays(daysAfter)).ShouldBe(overdue);

    [Theory]
    [InlineData(CapaState.Implemented)]
    [InlineData(CapaState.EffectivenessCheckDue)]
    [InlineData(CapaState.Closed)]
    public void IsOverdue_Should_BeFalse_When_Implemented(CapaState state) =>
        CapaRules.IsOverdue(state, Due, Due.AddDays(10)).ShouldBeFalse();
}
