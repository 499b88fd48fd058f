using Ektu.Qa.ProgrammeMonitoring.Curriculum;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// What a version of a programme says: every field a change may touch, the numbered learning outcomes, the courses and
/// the curriculum map. A version stores one of these whole; a new version starts as a copy of the one it revises.
/// </summary>
public sealed record ProgrammeContent
{
    public Classifier Classifier { get; init; } = new("", "", "");
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public string TitleEn { get; init; } = "";
    public ProgrammeLevel Level { get; init; } = ProgrammeLevel.Bachelor;
    public string DegreeKk { get; init; } = "";
    public string DegreeRu { get; init; } = "";
    public string DegreeEn { get; init; } = "";
    public Guid SchoolId { get; init; }
    public Guid DepartmentId { get; init; }
    public IReadOnlyList<InstructionLanguage> Languages { get; init; } = [];
    public IReadOnlyList<StudyForm> StudyForms { get; init; } = [];
    public int DurationMonths { get; init; }
    public int Credits { get; init; }
    public IReadOnlyList<LearningOutcome> Outcomes { get; init; } = [];
    public IReadOnlyList<Course> Courses { get; init; } = [];
    public IReadOnlyList<MapCell> Map { get; init; } = [];

    /// <summary>The level in the European Qualifications Framework: the national levels 6–8 are referenced to the same EQF levels.</summary>
    public int EqfLevel => (int)Level;
}
