namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>The courses and map of an open version, saved together as a new version.</summary>
public sealed record CurriculumInput(IReadOnlyList<Course> Courses, IReadOnlyList<MapCell> Map, string? Note = null);
