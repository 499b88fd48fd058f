namespace Ektu.Qa.QaCommission.Register;

/// <summary>Calendar quarters: status requests go out at each quarter's end (004 §7.4.3).</summary>
internal static class Quarters
{
    public static DateOnly EndOf(DateOnly day)
    {
        var lastMonth = (day.Month - 1) / 3 * 3 + 3;
        return new DateOnly(day.Year, lastMonth, DateTime.DaysInMonth(day.Year, lastMonth));
    }

    public static bool IsQuarterEnd(DateOnly day) => EndOf(day) == day;
}
