using Ektu.Qa.Reporting.Schedules;

namespace Ektu.Qa.Reporting.Tests.Domain;

public sealed class CronShapeTests
{
    [Theory]
    [InlineData("0 30 7 * * ?", "Daily")]
    [InlineData("0 0 8 ? * MON-FRI", "Weekdays")]
    [InlineData("0 15 9 ? * MON,FRI", "Weekly")]
    [InlineData("0 0 6 1 * ?", "Monthly")]
    [InlineData("0 5 * * * ?", "Hourly")]
    [InlineData("0 0/15 * * * ?", "EveryMinutes")]
    [InlineData("0/10 * * * * ?", "EverySeconds")]
    public void Parse_Should_RecogniseShapeAndBuildSameCron_When_Common(string cron, string kind)
    {
        var shape = CronShape.Parse(cron);
        shape.Kind.ToString().ShouldBe(kind);
        shape.ToCron().ShouldBe(cron);
    }

    [Theory]
    [InlineData("0 0 8 L * ?")]
    [InlineData("0 0 8 ? * 6#3")]
    [InlineData("0 0 8-17 * * ?")]
    [InlineData("0 0 8 * 1 ?")]
    [InlineData("nonsense")]
    public void Parse_Should_BeRaw_When_Unusual(string cron) => CronShape.Parse(cron).Kind.ShouldBe(CronKind.Raw);

    [Fact]
    public void Parse_Should_ReadQuartzDayNumbers_When_Numeric()
    {
        var shape = CronShape.Parse("0 0 8 ? * 2,6");
        shape.Days.ShouldBe([DayOfWeek.Monday, DayOfWeek.Friday]);
        shape.ToCron().ShouldBe("0 0 8 ? * MON,FRI");
    }
}
