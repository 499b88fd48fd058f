namespace Ektu.Qa.Reporting.Domain;

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
