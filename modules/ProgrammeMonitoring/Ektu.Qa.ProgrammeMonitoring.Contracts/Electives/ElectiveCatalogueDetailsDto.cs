namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>A catalogue with its courses and the change from the school's catalogue of the year before.</summary>
public sealed record ElectiveCatalogueDetailsDto(ElectiveCatalogueDto Catalogue, IReadOnlyList<ElectiveCourseDto> Courses,
    YearChangeDto Change);

/// <summary>
/// Course codes added and removed since <see cref="PreviousYear"/>'s catalogue (null when the school has none: every
/// course is then new).
/// </summary>
public sealed record YearChangeDto(int? PreviousYear, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);
