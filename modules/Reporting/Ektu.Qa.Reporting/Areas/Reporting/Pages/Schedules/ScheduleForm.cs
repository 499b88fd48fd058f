using System.Globalization;
using System.Text.Json;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Schedules;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages.Schedules;

/// <summary>The schedule editor's fields: the cron builder's simple fields (or a raw cron) and the schedule itself.</summary>
internal sealed class ScheduleForm
{
    public string ReportKey { get; set; } = "";
    public CronKind Kind { get; set; } = CronKind.Daily;
    public string Time { get; set; } = "08:00";
    public List<DayOfWeek> Days { get; set; } = [DayOfWeek.Monday];
    public int DayOfMonth { get; set; } = 1;
    public int Minute { get; set; }
    public int Interval { get; set; } = 15;
    public string? Cron { get; set; }
    public string TimeZone { get; set; } = "Asia/Almaty";
    public ReportFormat Format { get; set; } = ReportFormat.Xlsx;
    public string Culture { get; set; } = "ru";
    public string? Recipients { get; set; }
    public bool Enabled { get; set; } = true;
    public int Version { get; set; }
    public Dictionary<string, string?> Parameters { get; set; } = [];

    /// <summary>The cron the fields stand for; a bad time or day is a field error of its own field.</summary>
    public string BuildCron()
    {
        if (Kind == CronKind.Raw) return (Cron ?? "").Trim();
        var check = new Check();
        var time = TimeOnly.TryParseExact(Time, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t
            : (TimeOnly?)null;
        check.That(time != null || Kind is CronKind.Hourly or CronKind.EveryMinutes or CronKind.EverySeconds, "time", "Kernel:InvalidValue");
        check.That(Kind != CronKind.Weekly || Days.Count > 0, "days", "Kernel:Required");
        check.That(Kind != CronKind.Monthly || DayOfMonth is >= 1 and <= 31, "dayOfMonth", "Kernel:InvalidValue");
        check.That(Kind != CronKind.Hourly || Minute is >= 0 and <= 59, "minute", "Kernel:InvalidValue");
        check.That(Kind is not (CronKind.EveryMinutes or CronKind.EverySeconds) || Interval is >= 1 and <= 59, "interval", "Kernel:InvalidValue");
        check.ThrowIfAny();
        return new CronShape { Kind = Kind, Hour = time?.Hour ?? 0, Minute = Kind == CronKind.Hourly ? Minute : time?.Minute ?? 0, Days = Days,
            DayOfMonth = DayOfMonth, Interval = Interval }.ToCron()!;
    }

    public SaveScheduleInput ToInput() => new()
    {
        ReportKey = ReportKey, Cron = BuildCron(), TimeZone = TimeZone, Format = Format, Culture = Culture, Parameters = Parameters,
        Recipients = Recipients ?? "", Enabled = Enabled, Version = Version,
    };

    public static ScheduleForm From(ReportScheduleDto s)
    {
        var shape = CronShape.Parse(s.Cron);
        return new ScheduleForm
        {
            ReportKey = s.ReportKey, Kind = shape.Kind, Time = $"{shape.Hour:00}:{shape.Minute:00}", Days = shape.Days.ToList(),
                DayOfMonth = shape.DayOfMonth,
            Minute = shape.Minute, Interval = shape.Interval, Cron = s.Cron, TimeZone = s.TimeZone, Format = s.Format, Culture = s.Culture,
            Recipients = s.Recipients, Enabled = s.Enabled, Version = s.Version,
            Parameters = JsonSerializer.Deserialize<Dictionary<string, string?>>(s.Parameters) ?? [],
        };
    }
}
