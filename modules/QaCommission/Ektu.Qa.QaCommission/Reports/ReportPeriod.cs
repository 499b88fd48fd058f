namespace Ektu.Qa.QaCommission.Reports;

/// <summary>
/// 004 §7.6 periods of the academic year starting on 1 September of <c>academicYear</c>: the interim report covers the
/// autumn semester (1 Sep – 31 Jan), the final one the whole year (1 Sep – 30 Jun); both ends inclusive.
/// </summary>
internal static class ReportPeriod
{
    public static (DateOnly From, DateOnly To) For(int academicYear, SemiAnnualKind kind) =>
        (new DateOnly(academicYear, 9, 1),
            kind == SemiAnnualKind.Interim ? new DateOnly(academicYear + 1, 1, 31) : new DateOnly(academicYear + 1, 6, 30));

    public static bool Contains(int academicYear, SemiAnnualKind kind, DateOnly day)
    {
        var (from, to) = For(academicYear, kind);
        return day >= from && day <= to;
    }

    /// <summary>The academic year a day belongs to: September starts a new one.</summary>
    public static int AcademicYearOf(DateOnly day) => day.Month >= 9 ? day.Year : day.Year - 1;

    /// <summary>
    /// For a scheduled run without a year: the latest period of this kind that has ended by <paramref name="today"/>
    /// (run on 5 February → the interim of the year that started last September; on 5 July → that year's final).
    /// </summary>
    public static int LatestEndedYear(SemiAnnualKind kind, DateOnly today)
    {
        var year = AcademicYearOf(today);
        return For(year, kind).To < today ? year : year - 1;
    }
}
