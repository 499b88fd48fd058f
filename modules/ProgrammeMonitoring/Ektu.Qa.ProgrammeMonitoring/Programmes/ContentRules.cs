using System.Text.RegularExpressions;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>
/// What a version's content must satisfy, and its one normal form (trimmed, codes upper-case, rows in order, map cells of
/// removed outcomes or courses dropped) so that two versions compare cell by cell.
/// </summary>
internal static partial class ContentRules
{
    /// <summary>The letter of the classifier's codes at each level: 6B06 / B057, 7M06 / M094, 8D06 / D094.</summary>
    public static char LevelLetter(ProgrammeLevel level) => level switch
    {
        ProgrammeLevel.Master => 'M',
        ProgrammeLevel.Doctorate => 'D',
        _ => 'B',
    };

    public static ProgrammeContent Normalize(ProgrammeContent c)
    {
        var outcomes = c.Outcomes.Select(o => o with { TextKk = T(o.TextKk), TextRu = T(o.TextRu), TextEn = T(o.TextEn) })
            .OrderBy(o => o.Number).ToList();
        var courses = c.Courses.Select(x => x with { Code = U(x.Code), TitleKk = T(x.TitleKk), TitleRu = T(x.TitleRu), TitleEn = T(x.TitleEn) })
            .OrderBy(x => x.Semester).ThenBy(x => x.Code, StringComparer.Ordinal).ToList();
        var numbers = outcomes.Select(o => o.Number).ToHashSet();
        var codes = courses.Select(x => x.Code).ToHashSet(StringComparer.Ordinal);
        // The map follows the rows: a cell whose outcome or course a change removed goes with it (and is reported as orphaned).
        var map = c.Map.Select(m => m with { CourseCode = U(m.CourseCode) })
            .Where(m => numbers.Contains(m.Outcome) && codes.Contains(m.CourseCode))
            .OrderBy(m => m.Outcome).ThenBy(m => m.CourseCode, StringComparer.Ordinal).ToList();
        return c with
        {
            Classifier = new Classifier(U(c.Classifier.FieldCode), U(c.Classifier.DirectionCode), U(c.Classifier.GroupCode)),
            TitleKk = T(c.TitleKk), TitleRu = T(c.TitleRu), TitleEn = T(c.TitleEn),
            DegreeKk = T(c.DegreeKk), DegreeRu = T(c.DegreeRu), DegreeEn = T(c.DegreeEn),
            Languages = c.Languages.Distinct().Order().ToList(), StudyForms = c.StudyForms.Distinct().Order().ToList(),
            Outcomes = outcomes, Courses = courses, Map = map,
        };
    }

    /// <summary>Field errors of a normalized content; the caller checks the units, which need Identity.</summary>
    public static Check Validate(ProgrammeContent c, Check check)
    {
        ValidateClassifier(c, check);
        check.Required(nameof(c.TitleKk), c.TitleKk, ProgrammeMonitoringConsts.TitleMax)
            .Required(nameof(c.TitleRu), c.TitleRu, ProgrammeMonitoringConsts.TitleMax)
            .Required(nameof(c.TitleEn), c.TitleEn, ProgrammeMonitoringConsts.TitleMax)
            .Required(nameof(c.DegreeKk), c.DegreeKk, ProgrammeMonitoringConsts.TitleMax)
            .Required(nameof(c.DegreeRu), c.DegreeRu, ProgrammeMonitoringConsts.TitleMax)
            .Required(nameof(c.DegreeEn), c.DegreeEn, ProgrammeMonitoringConsts.TitleMax)
            .That(Enum.IsDefined(c.Level), nameof(c.Level), ErrorCodes.InvalidValue)
            .That(c.Languages.Count > 0 && c.Languages.All(Enum.IsDefined), nameof(c.Languages), ErrorCodes.Required)
            .That(c.StudyForms.Count > 0 && c.StudyForms.All(Enum.IsDefined), nameof(c.StudyForms), ErrorCodes.Required)
            .That(c.DurationMonths is >= 6 and <= 96, nameof(c.DurationMonths), ErrorCodes.InvalidValue)
            .That(c.Credits is >= 30 and <= 600, nameof(c.Credits), ErrorCodes.InvalidValue);
        ValidateOutcomes(c.Outcomes, check);
        ValidateCurriculum(c, check);
        return check;
    }

    public static void ValidateCurriculum(ProgrammeContent c, Check check)
    {
        if (c.Courses.Count > ProgrammeMonitoringConsts.MaxCourses) check.Add(nameof(c.Courses), ErrorCodes.InvalidValue);
        for (var i = 0; i < c.Courses.Count; i++)
        {
            var x = c.Courses[i];
            var field = $"{nameof(c.Courses)}[{i}]";
            check.Required(field + ".Code", x.Code, ProgrammeMonitoringConsts.CourseCodeMax)
                .Required(field + ".TitleKk", x.TitleKk, ProgrammeMonitoringConsts.TitleMax)
                .Required(field + ".TitleRu", x.TitleRu, ProgrammeMonitoringConsts.TitleMax)
                .Required(field + ".TitleEn", x.TitleEn, ProgrammeMonitoringConsts.TitleMax)
                .That(x.Credits is >= 1 and <= 60, field + ".Credits", CurriculumErrorCodes.CourseCredits)
                .That(x.Semester >= 1 && x.Semester * 6 <= Math.Max(c.DurationMonths, 6), field + ".Semester", CurriculumErrorCodes.CourseSemester);
        }
        if (c.Courses.GroupBy(x => x.Code, StringComparer.Ordinal).Any(g => g.Count() > 1))
            check.Add(nameof(c.Courses), ProgrammeErrorCodes.DuplicateCourse);
        if (c.Map.GroupBy(m => (m.Outcome, m.CourseCode)).Any(g => g.Count() > 1)) check.Add(nameof(c.Map), CurriculumErrorCodes.DuplicateCell);
        if (c.Map.Any(m => !Enum.IsDefined(m.Level))) check.Add(nameof(c.Map), ErrorCodes.InvalidValue);
    }

    private static void ValidateClassifier(ProgrammeContent c, Check check)
    {
        var (field, direction, group) = (c.Classifier.FieldCode, c.Classifier.DirectionCode, c.Classifier.GroupCode);
        if (!FieldPattern().IsMatch(field)) check.Add("Classifier.FieldCode", ProgrammeErrorCodes.ClassifierInvalid);
        if (!DirectionPattern().IsMatch(direction) || !direction.StartsWith(field, StringComparison.Ordinal))
            check.Add("Classifier.DirectionCode", ProgrammeErrorCodes.ClassifierInvalid);
        if (!GroupPattern().IsMatch(group)) check.Add("Classifier.GroupCode", ProgrammeErrorCodes.ClassifierInvalid);
        else if (!Enum.IsDefined(c.Level) || group[0] != LevelLetter(c.Level)
                 || field.Length > 1 && (field[0] - '0' != (int)c.Level || field[1] != LevelLetter(c.Level)))
            check.Add("Classifier.GroupCode", ProgrammeErrorCodes.ClassifierLevel);
    }

    private static void ValidateOutcomes(IReadOnlyList<LearningOutcome> outcomes, Check check)
    {
        if (outcomes.Count is 0 or > ProgrammeMonitoringConsts.MaxOutcomes) check.Add("Outcomes", ErrorCodes.Required);
        // Numbered 1..n without gaps: approvers and the curriculum map cite outcomes by number.
        if (!outcomes.Select(o => o.Number).SequenceEqual(Enumerable.Range(1, outcomes.Count)))
            check.Add("Outcomes", ProgrammeErrorCodes.OutcomeNumbering);
        for (var i = 0; i < outcomes.Count; i++)
            check.Required($"Outcomes[{i}].TextKk", outcomes[i].TextKk, ProgrammeMonitoringConsts.TextMax)
                .Required($"Outcomes[{i}].TextRu", outcomes[i].TextRu, ProgrammeMonitoringConsts.TextMax)
                .Required($"Outcomes[{i}].TextEn", outcomes[i].TextEn, ProgrammeMonitoringConsts.TextMax);
    }

    private static string T(string? s) => s?.Trim() ?? "";

    private static string U(string? s) => T(s).ToUpperInvariant();

    [GeneratedRegex("^[678][BMD][0-9]{2}$")]
    private static partial Regex FieldPattern();

    [GeneratedRegex("^[678][BMD][0-9]{3}$")]
    private static partial Regex DirectionPattern();

    [GeneratedRegex("^[BMD][0-9]{3}$")]
    private static partial Regex GroupPattern();
}
