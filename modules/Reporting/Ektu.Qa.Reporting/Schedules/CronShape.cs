using System.Globalization;

namespace Ektu.Qa.Reporting.Schedules;

/// <summary>
/// A Quartz cron expression seen as one of the common shapes (every day at 08:00, on Mondays and Fridays, on the 1st of
/// every month, every hour, every N minutes) — what the editor's simple fields set and what the preview puts into words.
/// Anything else is <see cref="CronKind.Raw"/>.
/// </summary>
internal sealed record CronShape
{
    private static readonly string[] DayCodes = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public CronKind Kind { get; init; } = CronKind.Daily;
    public int Hour { get; init; } = 8;
    public int Minute { get; init; }
    public IReadOnlyList<DayOfWeek> Days { get; init; } = [DayOfWeek.Monday];
    public int DayOfMonth { get; init; } = 1;
    public int Interval { get; init; } = 15;

    /// <summary>The Quartz expression of a simple shape; null for <see cref="CronKind.Raw"/>.</summary>
    public string? ToCron() => Kind switch
    {
        CronKind.Daily => $"0 {Minute} {Hour} * * ?",
        CronKind.Weekdays => $"0 {Minute} {Hour} ? * MON-FRI",
        CronKind.Weekly => $"0 {Minute} {Hour} ? * " +
            $"{string.Join(",", (Days.Count == 0 ? [DayOfWeek.Monday] : Days).Distinct().Order().Select(d => DayCodes[(int)d]))}",
        CronKind.Monthly => $"0 {Minute} {Hour} {DayOfMonth} * ?",
        CronKind.Hourly => $"0 {Minute} * * * ?",
        CronKind.EveryMinutes => $"0 0/{Interval} * * * ?",
        CronKind.EverySeconds => $"0/{Interval} * * * * ?",
        _ => null,
    };

    public static CronShape Parse(string? cron)
    {
        var raw = new CronShape { Kind = CronKind.Raw };
        var f = (cron ?? "").Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length is < 6 or > 7 || f[4] != "*" || (f.Length == 7 && f[6] != "*")) return raw;
        string sec = f[0], min = f[1], hour = f[2], dom = f[3], dow = f[5];
        var anyDay = (dom is "*" or "?") && (dow is "*" or "?") && dom != dow;
        if (Step(sec) is { } s && min == "*" && hour == "*" && anyDay) return new CronShape { Kind = CronKind.EverySeconds, Interval = s };
        if (sec != "0") return raw;
        if (min == "*" && hour == "*" && anyDay) return new CronShape { Kind = CronKind.EveryMinutes, Interval = 1 };
        if (Step(min) is { } m && hour == "*" && anyDay) return new CronShape { Kind = CronKind.EveryMinutes, Interval = m };
        if (!Number(min, 0, 59, out var minute)) return raw;
        if (hour == "*") return anyDay ? new CronShape { Kind = CronKind.Hourly, Minute = minute } : raw;
        if (!Number(hour, 0, 23, out var h)) return raw;
        if (anyDay) return new CronShape { Kind = CronKind.Daily, Hour = h, Minute = minute };
        if (dom == "?" && dow is "MON-FRI" or "2-6") return new CronShape { Kind = CronKind.Weekdays, Hour = h, Minute = minute };
        if (dom == "?" && ParseDays(dow) is { } days) return new CronShape { Kind = CronKind.Weekly, Hour = h, Minute = minute, Days = days };
        if (dow == "?" && Number(dom, 1, 31, out var d)) return new CronShape { Kind = CronKind.Monthly, Hour = h, Minute = minute, DayOfMonth = d };
        return raw;
    }

    private static int? Step(string field)
    {
        var parts = field.Split('/');
        return parts.Length == 2 && parts[0] is "0" or "*" && Number(parts[1], 1, 59, out var n) ? n : null;
    }

    private static bool Number(string s, int min, int max, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    private static List<DayOfWeek>? ParseDays(string dow)
    {
        var result = new List<DayOfWeek>();
        foreach (var part in dow.Split(','))
        {
            var i = Array.IndexOf(DayCodes, part);
            if (i < 0 && Number(part, 1, 7, out var n)) i = n - 1;
            if (i < 0) return null;
            result.Add((DayOfWeek)i);
        }
        return result.Distinct().Order().ToList();
    }
}
