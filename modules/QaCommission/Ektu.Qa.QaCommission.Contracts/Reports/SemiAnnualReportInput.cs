using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>Which analytical report: a commission, the academic year starting in <see cref="AcademicYear"/>, the kind and the document
/// language.</summary>
public sealed class SemiAnnualReportInput
{
    public Guid CommissionId { get; set; }

    /// <summary>The year the academic year starts in (2025 = 2025/2026), as the work plans count it.</summary>
    public int AcademicYear { get; set; }

    public SemiAnnualKind Kind { get; set; }

    /// <summary>Kazakh or Russian, like the minutes.</summary>
    public MinutesLanguage Language { get; set; } = MinutesLanguage.Kk;
}
