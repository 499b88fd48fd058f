using System.Globalization;
using System.Text.RegularExpressions;

namespace Ektu.Qa.Workflow.Engine.Parsing;

/// <summary>ISO-8601 durations (<c>P30D</c>, <c>PT2H30M</c>, <c>P1Y2M</c>, <c>P2W</c>), applied calendar-wise to a start time.</summary>
internal static partial class IsoDuration
{
    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out Func<DateTime, DateTime> add)
    {
        add = t => t;
        var m = Pattern().Match(text.Trim());
        if (!m.Success || text.Trim().Length <= 1 || text.Trim().EndsWith('T')) return false;
        int I(int g) => m.Groups[g].Success ? int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture) : 0;
        var (y, mo, w, d, h, mi) = (I(1), I(2), I(3), I(4), I(5), I(6));
        var s = m.Groups[7].Success ? double.Parse(m.Groups[7].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : 0;
        add = t => t.AddYears(y).AddMonths(mo).AddDays(w * 7 + d).AddHours(h).AddMinutes(mi).AddSeconds(s);
        return true;
    }
}
