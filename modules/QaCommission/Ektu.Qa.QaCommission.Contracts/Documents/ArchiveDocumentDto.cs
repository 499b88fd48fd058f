using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Reports;

namespace Ektu.Qa.QaCommission.Documents;

/// <summary>
/// One document of a commission's archive. <see cref="Id"/> is the key its download method takes: the commission (order),
/// the material, the meeting (minutes and signed scan), the evidence entry, the report, or the evidence-library document.
/// </summary>
public sealed class ArchiveDocumentDto
{
    public DocumentKind Kind { get; init; }
    public Guid Id { get; init; }

    /// <summary>The meeting the document belongs to (materials, minutes, scans) or the decision's meeting (evidence).</summary>
    public Guid? MeetingId { get; init; }

    public string Title { get; init; } = "";
    public string? FileName { get; init; }

    /// <summary>The day that places it in an academic year: order date, meeting date, upload day, end of the report's period, document
    /// date.</summary>
    public DateOnly Date { get; init; }

    /// <summary>The year the academic year starts in (1 September – 31 August): 2025 = 2025/2026.</summary>
    public int AcademicYear { get; init; }

    /// <summary>Where an evidence-library document is kept (it has no file here).</summary>
    public string? Location { get; init; }

    public SemiAnnualKind? ReportKind { get; init; }
    public MinutesLanguage? Language { get; init; }
}
