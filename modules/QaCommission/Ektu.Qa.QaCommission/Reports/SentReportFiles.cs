using Ektu.Qa.QaCommission.Meetings;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>A sent report's commission, period, language and where its two files are kept.</summary>
internal sealed class SentReportFiles
{
    public Guid CommissionId { get; init; }

    public int AcademicYear { get; init; }

    public SemiAnnualKind Kind { get; init; }

    public MinutesLanguage Language { get; init; }

    public string? DocxPath { get; init; }

    public string? XlsxPath { get; init; }
}
