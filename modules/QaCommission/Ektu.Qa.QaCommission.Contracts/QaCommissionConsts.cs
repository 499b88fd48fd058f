namespace Ektu.Qa.QaCommission;

/// <summary>Lengths shared by validation and the DDL, and the numbers of regulation 004.</summary>
public static class QaCommissionConsts
{
    public const int OrderNumberMax = 50;
    public const int FileNameMax = 255;
    public const int TextMax = 1000;
    public const int LongTextMax = 4000;
    public const int EvidenceMax = 2000;
    public const int NameMax = 200;
    public const int PlaceMax = 500;
    public const int ResponsibleMax = 300;
    public const int ReportFormMax = 500;

    /// <summary>004 §4: members, the deputy chair and the secretary are approved / elected for this many years.</summary>
    public const int TermYears = 3;

    /// <summary>004 §4: recommended candidate criterion, years of work in higher / postgraduate education.</summary>
    public const int MinYearsInHigherEducation = 5;

    /// <summary>004 §4: pedagogy professional development confirmed within this many years.</summary>
    public const int ProfessionalDevelopmentYears = 3;

    /// <summary>004 §5.1: the agenda and materials reach members at least this many working days before a meeting.</summary>
    public const int MaterialsWorkingDays = 3;

    /// <summary>004 §7.2: meetings at least once every this many months.</summary>
    public const int MeetingIntervalMonths = 2;

    /// <summary>004 §7.4: execution results are reviewed at a meeting at least once every this many months.</summary>
    public const int RegisterReviewMonths = 6;

    /// <summary>Upload limit of orders, materials, scans and evidence (20 MiB); <c>QaCommission:MaxFileSizeBytes</c>.</summary>
    public const long DefaultMaxFileSizeBytes = 20L * 1024 * 1024;
}
