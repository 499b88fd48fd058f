using System.Text.RegularExpressions;

namespace Ektu.Qa.Architecture.Tests;

/// <summary>
/// A stored UTC time reaches a person only through the Kernel's <c>IUserClock</c>
/// (the university's zone, <c>Localization:TimeZone</c>). The server's own zone (<c>ToLocalTime()</c>, <c>DateTime.Now</c>,
/// <c>TimeZoneInfo.Local</c>) is UTC in a container and anything on a developer's laptop, so it is never used, and no
/// module reads a zone of its own from the configuration.
/// </summary>
public sealed partial class TimeZoneTests
{
    private static List<string> SourceFiles() =>
        new[] { "modules", "host" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Modules.RepoRoot, d), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Modules.RepoRoot, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Sources_Should_FormatTimesThroughTheUserClock_When_TheyShowATimeToAPerson()
    {
        var files = SourceFiles();
        files.Count.ShouldBeGreaterThan(100);
        var found = files
            .SelectMany(f => File.ReadAllLines(Path.Combine(Modules.RepoRoot, f)).Select((line, i) => (f, line, n: i + 1)))
            .Where(x => ServerZone().IsMatch(x.line))
            .Select(x => $"{x.f}:{x.n}: {ServerZone().Match(x.line).Value}")
            .ToList();
        found.ShouldBeEmpty("show a stored UTC time with IUserClock.Local(...) (Clock.Local(...) in pages and page models)");
    }

    [Theory]
    [InlineData("<td>@e.OccurredAt.ToLocalTime().ToString(\"g\")</td>")]
    [InlineData("new(L[\"Workflow:Due\"], t => t.DueAt?.ToLocalTime()),")]
    [InlineData("var year = DateTime.Now.Year;")]
    [InlineData("TimeZoneInfo.ConvertTime(at, TimeZoneInfo.Local)")]
    [InlineData("private readonly TimeZoneInfo _zone = Find(configuration[\"QualityPolicy:TimeZone\"] ?? \"Asia/Almaty\");")]
    public void ServerZonePattern_Should_Match_When_ATimeBypassesTheUserClock(string line) =>
        ServerZone().IsMatch(line).ShouldBeTrue();

    [Theory]
    [InlineData("<td>@Clock.Local(e.OccurredAt).ToString(\"g\")</td>")]
    [InlineData("var now = DateTime.UtcNow;")]
    [InlineData("public DateTime? NowUtc { get; init; }")]
    [InlineData("public const string Setting = \"Localization:TimeZone\";")]
    public void ServerZonePattern_Should_NotMatch_When_TheUserClockIsUsed(string line) =>
        ServerZone().IsMatch(line).ShouldBeFalse();

    [GeneratedRegex(@"\.ToLocalTime\(\)|\bDateTime(Offset)?\.Now\b|TimeZoneInfo\.Local\b|configuration\[""(?!Localization:)\w+:TimeZone""\]")]
    private static partial Regex ServerZone();
}
