using Ektu.Qa.ExternalAccreditation.Readiness;

namespace Ektu.Qa.ExternalAccreditation.Tests.Readiness;

public sealed class EvidenceFreshnessTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory]
    [InlineData(2025, 3, 2, false)]
    [InlineData(2025, 3, 1, true)]
    [InlineData(2026, 3, 2, false)]
    public void IsStale_Should_TurnStaleDayAfterTwelveMonths_When_DocumentAges(int y, int m, int d, bool stale) =>
        EvidenceFreshness.IsStale(new DateOnly(y, m, d), Today, 12).ShouldBe(stale);

    [Fact]
    public void IsStale_Should_UseMonthEnd_When_StartIsLongerMonth() =>
        // 31 August + 6 months = 28 February (2026 is not a leap year): fresh that day, stale on 1 March.
        (EvidenceFreshness.IsStale(new DateOnly(2025, 8, 31), new DateOnly(2026, 2, 28), 6),
            EvidenceFreshness.IsStale(new DateOnly(2025, 8, 31), new DateOnly(2026, 3, 1), 6))
            .ShouldBe((false, true));

    [Theory]
    [InlineData(2026, 3, 31, 1)]
    [InlineData(2026, 3, 1, 6)]
    [InlineData(2026, 2, 28, 6)]
    [InlineData(2028, 2, 29, 12)]
    [InlineData(2026, 12, 31, 120)]
    public void FreshFrom_Should_SplitStaleFromFreshDates_When_MonthEndsDiffer(int y, int m, int d, int months)
    {
        var today = new DateOnly(y, m, d);
        var from = EvidenceFreshness.FreshFrom(today, months);
        EvidenceFreshness.IsStale(from, today, months).ShouldBeFalse();
        EvidenceFreshness.IsStale(from.AddDays(-1), today, months).ShouldBeTrue();
        for (var day = from.AddDays(-40); day < from.AddDays(40); day = day.AddDays(1))
            EvidenceFreshness.IsStale(day, today, months).ShouldBe(day < from, $"{day} on {today} with {months} months");
    }
}
