using System.Globalization;
using System.Text.RegularExpressions;
using Ektu.Qa.Identity.OrganizationUnits;

namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>
/// The pure rules of data collection: how a period of each kind is written and where it starts, a value's status against
/// the threshold (the threshold itself counts as met), which unit kind an indicator's level is measured on, and the
/// fixed-point form values are stored in (hundredths, so both databases compare and sum them exactly).
/// </summary>
internal static partial class IndicatorRules
{
    public const int MaxBatch = 1000;
    public const long MaxAbsValue = 1_000_000_000_000;

    /// <summary>The period's first day, or null when <paramref name="period"/> is not written as its kind requires.</summary>
    public static DateOnly? PeriodStart(PeriodKind kind, string? period)
    {
        var m = PeriodPattern().Match((period ?? "").Trim());
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 1990 or > 2100) return null;
        var suffix = m.Groups["s"].Value.ToUpperInvariant();
        int? month = kind switch
        {
            PeriodKind.Year when suffix.Length == 0 => 1,
            PeriodKind.Semester when suffix is "S1" or "S2" => suffix == "S1" ? 1 : 7,
            PeriodKind.Quarter when suffix is "Q1" or "Q2" or "Q3" or "Q4" => (suffix[1] - '1') * 3 + 1,
            PeriodKind.Month when suffix.Length == 2 && char.IsDigit(suffix[0]) && int.Parse(suffix, CultureInfo.InvariantCulture) is >= 1 and <= 12
                => int.Parse(suffix, CultureInfo.InvariantCulture),
            _ => null,
        };
        return month == null ? null : new DateOnly(year, month.Value, 1);
    }

    /// <summary>The period as stored: trimmed, the suffix upper-case ("2025-q1" is "2025-Q1").</summary>
    public static string Normalize(string period) => period.Trim().ToUpperInvariant();

    /// <summary>An example period of the kind, for forms and error messages.</summary>
    public static string Example(PeriodKind kind) => kind switch
    {
        PeriodKind.Semester => "2025-S1",
        PeriodKind.Quarter => "2025-Q3",
        PeriodKind.Month => "2025-03",
        _ => "2025",
    };

    public static ThresholdStatus Status(decimal value, decimal? threshold, ThresholdDirection direction) => threshold switch
    {
        null => ThresholdStatus.None,
        { } t when direction == ThresholdDirection.AtLeast => value >= t ? ThresholdStatus.Met : ThresholdStatus.NotMet,
        { } t => value <= t ? ThresholdStatus.Met : ThresholdStatus.NotMet,
    };

    /// <summary>The kind of unit an indicator of <paramref name="level"/> is measured on.</summary>
    public static OrganizationUnitKind UnitKind(IndicatorLevel level) => level switch
    {
        IndicatorLevel.University => OrganizationUnitKind.University,
        IndicatorLevel.School => OrganizationUnitKind.School,
        _ => OrganizationUnitKind.Department,
    };

    /// <summary>Hundredths, or null when the value has more than two decimals or is out of range.</summary>
    public static long? ToStored(decimal value)
    {
        var scaled = value * 100m;
        if (scaled != decimal.Truncate(scaled) || Math.Abs(scaled) > MaxAbsValue) return null;
        return (long)scaled;
    }

    public static decimal FromStored(long stored) => stored / 100m;

    /// <summary>A number from a file cell: invariant ("12.5"), or with a decimal comma as Kazakh and Russian sheets write it.</summary>
    public static decimal? ParseNumber(string? text)
    {
        var t = (text ?? "").Trim().Replace(" ", "").Replace("\u00a0", "").Replace("%", "");
        if (t.Length == 0) return null;
        if (t.Contains(',') && !t.Contains('.')) t = t.Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? v : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<s>[SsQq][1-4]|\d{2}))?$")]
    private static partial Regex PeriodPattern();
}
