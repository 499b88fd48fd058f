namespace Ektu.Qa.Reporting.Schedules;

/// <summary>The cron shapes the schedule editor builds from simple fields and describes in words.</summary>
internal enum CronKind
{
    Daily,
    Weekdays,
    Weekly,
    Monthly,
    Hourly,
    EveryMinutes,
    EverySeconds,
    Raw,
}
