namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>The gaps of a curriculum map: outcomes that no course covers, courses that cover no outcome, and whether
/// an outcome is covered but never to mastery.</summary>
public sealed record CoverageDto(IReadOnlyList<int> UncoveredOutcomes, IReadOnlyList<string> CoursesWithoutOutcomes, IReadOnlyList<int> NeverMastered)
{
    public int TotalCredits { get; init; }
}
