using System.Diagnostics;
using Ektu.Qa.ProgrammeMonitoring.Curriculum;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Xunit.Abstractions;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Domain;

/// <summary>The size for the difference page: 200 courses and 40 outcomes a version (target &lt; 50 ms).</summary>
public sealed class VersionDiffSizeTests(ITestOutputHelper output)
{
    private static ProgrammeContent Large(int shift) => new()
    {
        TitleKk = "а", TitleRu = "б", TitleEn = "c",
        Outcomes = Enumerable.Range(1, 40).Select(n => new LearningOutcome(n, $"нәтиже {n}", $"результат {n}", $"outcome {n + shift}")).ToList(),
        Courses = Enumerable.Range(1, 200)
            .Select(n => new Course($"C{n:000}", $"пән {n}", $"дисциплина {n}", $"course {n}", 5 + (n + shift) % 2, 1 + n % 8))
            .ToList(),
        Map = Enumerable.Range(1, 200).Select(n => new MapCell(1 + (n + shift) % 40, $"C{n:000}", (CoverageLevel)(n % 3))).ToList(),
    };

    [Fact]
    public void Between_Should_FinishWellUnderTheTarget_When_VersionsHave200CoursesAnd40Outcomes()
    {
        var (from, to) = (Large(0), Large(1));
        VersionDiff.Between(1, from, 2, to); // warm-up: JIT
        var times = new List<double>();
        VersionDiffDto? d = null;
        for (var i = 0; i < 20; i++)
        {
            var sw = Stopwatch.StartNew();
            d = VersionDiff.Between(1, from, 2, to);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        output.WriteLine($"diff 200 courses x 40 outcomes: median {times[10]:F2} ms, max {times[^1]:F2} ms, {d!.Changes.Count} changes");
        d.LanguageGaps.Count.ShouldBe(40);
        times[10].ShouldBeLessThan(50);
    }
}
