namespace Ektu.Qa.QaCommission.Documents;

/// <summary>Which documents of a commission: an academic year (2025 = 2025/2026), a kind, words of the title or file name.</summary>
public sealed class DocumentFilter
{
    public int? AcademicYear { get; set; }

    public DocumentKind? Kind { get; set; }

    public string? Search { get; set; }
}
