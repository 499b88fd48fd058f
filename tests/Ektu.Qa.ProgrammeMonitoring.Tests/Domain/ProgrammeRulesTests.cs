using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Data;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Domain;

public sealed class ProgrammeRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static RegisterEventDto Event(RegisterEventKind kind, DateOnly on) => new() { Kind = kind, OccurredOn = on, Reference = "r" };

    [Theory]
    [InlineData(ProgrammeStatus.Draft, ProgrammeStatus.InApproval, true)]
    [InlineData(ProgrammeStatus.InApproval, ProgrammeStatus.Draft, true)]
    [InlineData(ProgrammeStatus.InApproval, ProgrammeStatus.Approved, false)]
    [InlineData(ProgrammeStatus.Approved, ProgrammeStatus.InNationalRegister, false)]
    [InlineData(ProgrammeStatus.InNationalRegister, ProgrammeStatus.Suspended, true)]
    [InlineData(ProgrammeStatus.Suspended, ProgrammeStatus.InNationalRegister, true)]
    [InlineData(ProgrammeStatus.InNationalRegister, ProgrammeStatus.Closed, false)]
    [InlineData(ProgrammeStatus.Closed, ProgrammeStatus.Draft, false)]
    public void CanMove_Should_AllowOnlyHandMoves_When_Asked(ProgrammeStatus from, ProgrammeStatus to, bool allowed) =>
        ProgrammeRules.CanMove(from, to).ShouldBe(allowed);

    [Fact]
    public void RefuseRegisterEvent_Should_KeepEventsInDateOrder_When_AnEventIsBackdated()
    {
        var events = new[] { Event(RegisterEventKind.Included, Today.AddDays(-10)) };
        ProgrammeRules.RefuseRegisterEvent(ProgrammeStatus.InNationalRegister, events, RegisterEventKind.Excluded, Today.AddDays(-11), Today)
            .ShouldBe(ProgrammeErrorCodes.RegisterOrder);
        ProgrammeRules.RefuseRegisterEvent(ProgrammeStatus.InNationalRegister, events, RegisterEventKind.Excluded, Today.AddDays(-10), Today)
            .ShouldBeNull();
    }

    [Fact]
    public void RefuseRegisterEvent_Should_Refuse_When_DatedTomorrowOrNotApproved()
    {
        ProgrammeRules.RefuseRegisterEvent(ProgrammeStatus.Approved, [], RegisterEventKind.Included, Today.AddDays(1), Today)
            .ShouldBe(ProgrammeErrorCodes.RegisterFuture);
        ProgrammeRules.RefuseRegisterEvent(ProgrammeStatus.Draft, [], RegisterEventKind.Included, Today, Today)
            .ShouldBe(ProgrammeErrorCodes.RegisterNotApproved);
        ProgrammeRules.RefuseRegisterEvent(ProgrammeStatus.Approved, [], RegisterEventKind.Excluded, Today, Today)
            .ShouldBe(ProgrammeErrorCodes.InvalidTransition);
        ProgrammeRules.RefuseRegisterEvent(ProgrammeStatus.Approved, [], RegisterEventKind.Included, Today, Today).ShouldBeNull();
    }

    [Fact]
    public void Coverage_Should_FindUncoveredOutcomesAndUnmappedCourses_When_MapHasGaps()
    {
        var c = ContentRules.Normalize(DemoProgrammes.InformationTechnology(Guid.NewGuid(), Guid.NewGuid()));
        var coverage = CoverageRules.Of(c);
        coverage.UncoveredOutcomes.ShouldBe([3]);
        coverage.CoursesWithoutOutcomes.ShouldBe(["ETH101"]);
        coverage.NeverMastered.ShouldBe([4]);
        coverage.TotalCredits.ShouldBe(19);
    }
}
