using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>The gaps of a curriculum map: outcomes no course covers, courses covering no outcome, outcomes never mastered.</summary>
internal static class CoverageRules
{
    public static CoverageDto Of(ProgrammeContent c)
    {
        var covered = c.Map.Select(m => m.Outcome).ToHashSet();
        var mastered = c.Map.Where(m => m.Level == CoverageLevel.Mastered).Select(m => m.Outcome).ToHashSet();
        var mapped = c.Map.Select(m => m.CourseCode).ToHashSet(StringComparer.Ordinal);
        return new CoverageDto(
            c.Outcomes.Select(o => o.Number).Where(n => !covered.Contains(n)).ToList(),
            c.Courses.Select(x => x.Code).Where(code => !mapped.Contains(code)).ToList(),
            c.Outcomes.Select(o => o.Number).Where(n => covered.Contains(n) && !mastered.Contains(n)).ToList())
        {
            TotalCredits = c.Courses.Sum(x => x.Credits),
        };
    }
}
