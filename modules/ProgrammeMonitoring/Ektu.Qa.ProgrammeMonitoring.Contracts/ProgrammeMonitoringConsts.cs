namespace Ektu.Qa.ProgrammeMonitoring;

/// <summary>Lengths shared by validation and the DDL of the <c>pm_</c> tables.</summary>
public static class ProgrammeMonitoringConsts
{
    public const string ModuleName = "ProgrammeMonitoring";
    public const int TitleMax = 300;
    public const int TextMax = 2000;
    public const int CourseCodeMax = 20;
    public const int ReferenceMax = 200;
    public const int MaxOutcomes = 100;
    public const int MaxCourses = 400;
}
