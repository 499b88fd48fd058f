using Ektu.Qa.ExternalAccreditation.Accreditations;

namespace Ektu.Qa.ExternalAccreditation.Tests.Accreditations;

/// <summary>Validity and expiry warnings at their edges, and the one-state rule of a renewal in progress.</summary>
public sealed class AccreditationRulesTests
{
    private static readonly int[] Thresholds = [12, 6, 3];
    private static readonly DateOnly End = new(2026, 9, 2);

    private static AccreditationDto Decided(DateOnly from, DateOnly to, AccreditationDecision d = AccreditationDecision.Accredited) =>
        new() { Id = Guid.NewGuid(), Decision = d, ValidFrom = from, ValidTo = to };

    [Theory]
    [InlineData(2025, 9, 1, null)]
    [InlineData(2025, 9, 2, 12)]
    [InlineData(2026, 3, 1, 12)]
    [InlineData(2026, 3, 2, 6)]
    [InlineData(2026, 6, 1, 6)]
    [InlineData(2026, 6, 2, 3)]
    [InlineData(2026, 9, 2, 3)]
    [InlineData(2026, 9, 3, null)]
    public void WarningMonths_Should_ReachEachThresholdOnItsDay_When_CountedBackFromTheEnd(int y, int m, int d, int? expected) =>
        AccreditationRules.WarningMonths(End, new DateOnly(y, m, d), Thresholds).ShouldBe(expected);

    [Fact]
    public void WarningMonths_Should_FollowTheSettings_When_ThresholdsAreChanged() =>
        AccreditationRules.WarningMonths(End, new DateOnly(2026, 4, 2), [9, 5, 1]).ShouldBe(5);

    [Fact]
    public void Status_Should_BeValidOnTheLastDayAndExpiredTheDayAfter_When_ValidityEnds()
    {
        var a = Decided(new DateOnly(2021, 9, 3), End);
        AccreditationRules.Status(a, null, End, 3).ShouldBe(AccreditationStatus.Expiring);
        AccreditationRules.IsValidOn(a, End).ShouldBeTrue();
        AccreditationRules.Status(a, null, End.AddDays(1), null).ShouldBe(AccreditationStatus.Expired);
        AccreditationRules.IsValidOn(a, End.AddDays(1)).ShouldBeFalse();
        AccreditationRules.Status(a, null, new DateOnly(2021, 9, 2), null).ShouldBe(AccreditationStatus.NotYetValid);
        AccreditationRules.Status(a, null, new DateOnly(2024, 1, 1), null).ShouldBe(AccreditationStatus.Valid);
    }

    [Fact]
    public void Status_Should_BeRenewalInProgress_When_APendingRenewalRunsWhileValid()
    {
        var a = Decided(new DateOnly(2021, 9, 3), End);
        var renewal = new AccreditationDto { Id = Guid.NewGuid(), Decision = AccreditationDecision.Pending, RenewalOfId = a.Id };
        AccreditationRules.Status(a, renewal, new DateOnly(2026, 8, 1), 3).ShouldBe(AccreditationStatus.RenewalInProgress);
        AccreditationRules.Conflicts(renewal, a, new DateOnly(2026, 8, 1)).ShouldBeFalse();
        var decided = Decided(new DateOnly(2026, 9, 3), new DateOnly(2031, 9, 2));
        var renewed = new AccreditationDto
        {
            Id = decided.Id, Decision = decided.Decision, ValidFrom = decided.ValidFrom, ValidTo = decided.ValidTo, RenewalOfId = a.Id,
        };
        AccreditationRules.Status(a, renewed, new DateOnly(2026, 9, 2), 3).ShouldBe(AccreditationStatus.Expiring);
        AccreditationRules.Status(a, renewed, new DateOnly(2026, 9, 3), null).ShouldBe(AccreditationStatus.Superseded);
    }

    [Fact]
    public void Conflicts_Should_BeTrue_When_TheSameAgencyAccreditsAProgrammeTwiceWithoutRenewal()
    {
        var agency = Guid.NewGuid();
        var programme = Guid.NewGuid();
        var a = new AccreditationDto
        {
            Id = Guid.NewGuid(), AgencyId = agency, Kind = AccreditationKind.Specialised, Decision = AccreditationDecision.Accredited,
            ValidFrom = new DateOnly(2022, 1, 1), ValidTo = new DateOnly(2027, 1, 1), ProgrammeIds = [programme],
        };
        var b = new AccreditationDto
        {
            Id = Guid.NewGuid(), AgencyId = agency, Kind = AccreditationKind.Specialised, Decision = AccreditationDecision.Pending,
            ProgrammeIds = [programme, Guid.NewGuid()],
        };
        var today = new DateOnly(2026, 3, 2);
        AccreditationRules.Conflicts(b, a, today).ShouldBeTrue();
        AccreditationRules.Conflicts(b, a, new DateOnly(2027, 1, 2)).ShouldBeFalse();
        var other = new AccreditationDto
        {
            Id = b.Id, AgencyId = Guid.NewGuid(), Kind = b.Kind, Decision = b.Decision, ProgrammeIds = b.ProgrammeIds,
        };
        AccreditationRules.Conflicts(other, a, today).ShouldBeFalse();
    }

    [Theory]
    [InlineData(2026, 5, 1, false)]
    [InlineData(2026, 5, 2, true)]
    public void IsOverdue_Should_StartTheDayAfterTheDueDate_When_TheReportIsNotSent(int y, int m, int d, bool expected) =>
        AccreditationRules.IsOverdue(new MonitoringReportDto { DueOn = new DateOnly(2026, 5, 1) }, new DateOnly(y, m, d)).ShouldBe(expected);

    [Theory]
    [InlineData(1, 3, 33)]
    [InlineData(1, 2, 50)]
    [InlineData(2, 3, 67)]
    [InlineData(0, 0, 0)]
    public void Percent_Should_RoundHalfAwayFromZero_When_ComputingTheShare(int part, int whole, int expected) =>
        AccreditationRules.Percent(part, whole).ShouldBe(expected);
}
