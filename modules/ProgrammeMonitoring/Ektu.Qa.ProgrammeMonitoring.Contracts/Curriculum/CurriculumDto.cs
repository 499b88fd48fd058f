using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>The curriculum of one version: its outcomes, courses (by semester), map and gaps.</summary>
public sealed record CurriculumDto(Guid ProgrammeId, int Number, VersionState State, IReadOnlyList<LearningOutcome> Outcomes,
    IReadOnlyList<Course> Courses, IReadOnlyList<MapCell> Map, CoverageDto Coverage);
