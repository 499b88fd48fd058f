namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>
/// The elective catalogue of a school for academic year <see cref="AcademicYear"/> (its first calendar year: 2025 is
/// 2025–2026), with the yearly analysis of what changed since last year and why (000 §Std 3).
/// </summary>
public sealed class ElectiveCatalogueDto
{
    public Guid Id { get; init; }
    public Guid SchoolId { get; init; }
    public string SchoolName { get; set; } = "";
    public int AcademicYear { get; init; }
    public CatalogueStatus Status { get; init; }

    /// <summary>The yearly analysis: why courses were added, removed or kept, agreed with employers.</summary>
    public string? Analysis { get; init; }

    public DateOnly? AnalysedOn { get; init; }
    public string? AnalysedBy { get; init; }
    public DateTime? PublishedAt { get; init; }
    public string? PublishedBy { get; init; }
    public int CourseCount { get; init; }
    public int EndorsedCount { get; init; }
    public int Version { get; init; }

    /// <summary>"2025–2026".</summary>
    public string YearText => $"{AcademicYear}–{AcademicYear + 1}";
}
