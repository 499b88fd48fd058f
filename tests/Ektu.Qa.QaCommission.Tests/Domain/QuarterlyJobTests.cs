using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Tests.Domain;

public sealed class QuarterlyJobTests
{
    [Theory]
    [InlineData("2026-04-01", "2026-03-31")]
    [InlineData("2026-04-03", "2026-03-31")]
    [InlineData("2026-01-01", "2025-12-31")]
    [InlineData("2026-10-01", "2026-09-30")]
    [InlineData("2026-06-30", "2026-03-31")]
    public void LastQuarterEnd_Should_GiveEndOfPreviousQuarter_When_JobFiresOrMisfires(string today, string expected) =>
        QuarterlyStatusRequestJob.LastQuarterEnd(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
}
