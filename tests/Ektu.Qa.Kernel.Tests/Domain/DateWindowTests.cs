using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Kernel.Tests.Domain;

public sealed class DateWindowTests
{
    [Theory]
    [InlineData(1949, 12, 31, false)]
    [InlineData(1950, 1, 1, true)]
    [InlineData(2100, 12, 31, true)]
    [InlineData(2101, 1, 1, false)]
    [InlineData(9999, 12, 31, false)]
    [InlineData(1, 1, 1, false)]
    public void Contains_Should_AcceptOnlyTheWindow_When_DateIsAtItsEdges(int y, int m, int d, bool expected) =>
        DateWindow.Contains(new DateOnly(y, m, d)).ShouldBe(expected);

    [Fact]
    public void AddSafe_Should_ClampAtTheCalendarsEnds_When_StoredDateIsExtreme()
    {
        DateWindow.AddMonthsSafe(DateOnly.MaxValue, 2).ShouldBe(DateOnly.MaxValue);
        DateWindow.AddMonthsSafe(DateOnly.MinValue, -6).ShouldBe(DateOnly.MinValue);
        DateWindow.AddMonthsSafe(new DateOnly(2024, 12, 31), 2).ShouldBe(new DateOnly(2025, 2, 28));
        DateWindow.AddDaysSafe(DateOnly.MaxValue, 1).ShouldBe(DateOnly.MaxValue);
        DateWindow.AddDaysSafe(DateOnly.MinValue, -45).ShouldBe(DateOnly.MinValue);
        DateWindow.AddDaysSafe(new DateOnly(2025, 1, 1), -1).ShouldBe(new DateOnly(2024, 12, 31));
    }
}
