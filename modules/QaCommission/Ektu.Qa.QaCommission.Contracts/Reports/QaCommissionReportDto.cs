using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>An analytical report that was generated and sent: period, kind, language, who and when, checksums of both files.</summary>
public sealed class QaCommissionReportDto
{
    public Guid Id { get; init; }
    public Guid CommissionId { get; init; }
    public int AcademicYear { get; init; }
    public SemiAnnualKind Kind { get; init; }
    public MinutesLanguage Language { get; init; }
    public DateOnly PeriodFrom { get; init; }
    public DateOnly PeriodTo { get; init; }
    /// <summary>SHA-256 (hex) of the Word document.</summary>
    public string DocxChecksum { get; init; } = "";
    /// <summary>SHA-256 (hex) of the Excel annex.</summary>
    public string XlsxChecksum { get; init; } = "";
    public int Recipients { get; init; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
}
