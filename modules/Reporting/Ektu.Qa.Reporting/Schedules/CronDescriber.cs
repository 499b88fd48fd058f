using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Reporting.Schedules;

/// <summary>Puts a cron expression into words in the current language; an unusual expression is shown as it is.</summary>
internal static class CronDescriber
{
    public static string Describe(string? cron, IStringLocalizer l, CultureInfo culture)
    {
        var s = CronShape.Parse(cron);
        var time = $"{s.Hour:00}:{s.Minute:00}";
        return s.Kind switch
        {
            CronKind.Daily => l["Reporting:Cron.Daily", time].Value,
            CronKind.Weekdays => l["Reporting:Cron.Weekdays", time].Value,
            CronKind.Weekly => l["Reporting:Cron.Weekly", string.Join(", ", Week(s.Days).Select(d => culture.DateTimeFormat.GetDayName(d))),
                time].Value,
            CronKind.Monthly => l["Reporting:Cron.Monthly", s.DayOfMonth, time].Value,
            CronKind.Hourly => l["Reporting:Cron.Hourly", s.Minute].Value,
            CronKind.EveryMinutes when s.Interval == 1 => l["Reporting:Cron.EveryMinute"].Value,
            CronKind.EveryMinutes => l["Reporting:Cron.EveryMinutes", s.Interval].Value,
            CronKind.EverySeconds => l["Reporting:Cron.EverySeconds", s.Interval].Value,
            _ => (cron ?? "").Trim(),
        };
    }

    /// <summary>Monday first, as weeks are read in Kazakhstan.</summary>
    private static IEnumerable<DayOfWeek> Week(IEnumerable<DayOfWeek> days) => days.OrderBy(d => ((int)d + 6) % 7);
}
