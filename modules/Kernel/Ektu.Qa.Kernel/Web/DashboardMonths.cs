using System.Globalization;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// The calendar months a monthly dashboard chart covers: the current month of the university's "today" and the ones
/// before it, so every module's trends end on the same month and label it the same way.
/// </summary>
public static class DashboardMonths
{
    /// <summary>The first days of the last <paramref name="count"/> months, oldest first, ending with <paramref name="today"/>'s month.</summary>
    public static IReadOnlyList<DateOnly> Ending(DateOnly today, int count = 12)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        return [.. Enumerable.Range(0, count).Select(i => current.AddMonths(i - count + 1))];
    }

    /// <summary>The index of <paramref name="day"/>'s month among <paramref name="months"/>, or -1 outside them.</summary>
    public static int IndexOf(IReadOnlyList<DateOnly> months, DateOnly day)
    {
        if (months.Count == 0) return -1;
        var i = (day.Year - months[0].Year) * 12 + day.Month - months[0].Month;
        return i >= 0 && i < months.Count ? i : -1;
    }

    /// <summary>"Dec 2026" in the current culture (month names of kk, ru and en).</summary>
    public static string Label(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.CurrentCulture);
}
