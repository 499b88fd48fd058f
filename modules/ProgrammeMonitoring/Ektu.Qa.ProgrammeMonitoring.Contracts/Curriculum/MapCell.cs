namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>A cell of the curriculum map: course <see cref="CourseCode"/> takes outcome <see cref="Outcome"/> to <see cref="Level"/>.</summary>
public sealed record MapCell(int Outcome, string CourseCode, CoverageLevel Level);
