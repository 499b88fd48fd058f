namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>Error codes of the curriculum (localization keys).</summary>
public static class CurriculumErrorCodes
{
    public const string UnknownOutcome = "ProgrammeMonitoring:Curriculum.UnknownOutcome";
    public const string UnknownCourse = "ProgrammeMonitoring:Curriculum.UnknownCourse";
    public const string DuplicateCell = "ProgrammeMonitoring:Curriculum.DuplicateCell";
    public const string CourseCredits = "ProgrammeMonitoring:Curriculum.CourseCredits";
    public const string CourseSemester = "ProgrammeMonitoring:Curriculum.CourseSemester";
}
