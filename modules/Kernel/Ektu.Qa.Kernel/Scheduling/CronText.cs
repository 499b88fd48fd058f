using Ektu.Qa.Kernel.Errors;
using Quartz;

namespace Ektu.Qa.Kernel.Scheduling;

/// <summary>Parses cron expressions and time zones with the field error a form shows.</summary>
internal static class CronText
{
    public static CronExpression Validate(string cron, string? timeZone = null)
    {
        CronExpression expression;
        try
        {
            expression = new CronExpression(cron.Trim());
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw ValidationException.For("cron", "Kernel:InvalidCron");
        }
        return timeZone == null ? expression : expression.WithTimeZone(Zone(timeZone));
    }

    public static TimeZoneInfo Zone(string timeZone)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            throw ValidationException.For("timeZone", "Kernel:InvalidTimeZone");
        }
    }
}
