namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>How far a course takes a learning outcome.</summary>
public enum CoverageLevel
{
    Introduced,
    Reinforced,
    Mastered,
}
