using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.Kernel.Tests.Timing;

/// <summary>The university's wall clock: Asia/Almaty (UTC+5) unless <c>Localization:TimeZone</c> says otherwise.</summary>
public sealed class UserClockTests
{
    private static readonly DateTime Evening = new(2026, 3, 10, 20, 30, 0, DateTimeKind.Utc);

    private static UserClock Clock(string? zone = null) => new(new FakeClock(Evening),
        new ConfigurationBuilder().AddInMemoryCollection(zone == null ? [] : [new("Localization:TimeZone", zone)]).Build());

    [Fact]
    public void Local_Should_BeAlmatyTime_When_NoZoneIsConfigured()
    {
        var clock = Clock();
        clock.Local(Evening).ShouldBe(new DateTime(2026, 3, 11, 1, 30, 0));
        clock.Local(Evening).Kind.ShouldBe(DateTimeKind.Unspecified);
        clock.Local((DateTime?)null).ShouldBeNull();
        clock.Today.ShouldBe(new DateOnly(2026, 3, 11));
    }

    [Fact]
    public void Local_Should_FollowTheSetting_When_ZoneIsConfigured()
    {
        Clock("UTC").Local(Evening).ShouldBe(new DateTime(2026, 3, 10, 20, 30, 0));
        Clock("Asia/Aqtobe").Today.ShouldBe(new DateOnly(2026, 3, 11));
    }

    [Fact]
    public void StartUtc_Should_BeLocalMidnightInUtc_When_DayIsOrdinary() =>
        Clock().StartUtc(new DateOnly(2026, 3, 11)).ShouldBe(new DateTime(2026, 3, 10, 19, 0, 0, DateTimeKind.Utc));

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void StartUtc_Should_StayTotal_When_DayIsAtTheCalendarsEnds(int year, int month, int day) =>
        Should.NotThrow(() => Clock().StartUtc(new DateOnly(year, month, day)));
}
