using System.Text.RegularExpressions;

namespace Ektu.Qa.Architecture.Tests;

/// <summary>
/// A page model takes "now" from the Kernel's clocks (<c>IUserClock.Today</c> for a default year or day,
/// <c>IClock</c> for an instant), never from <c>DateTime.UtcNow</c>: a default year read from UTC flips five hours late
/// in Almaty, and a page that reads the machine's clock cannot be tested at a year's or a term's edge.
/// </summary>
public sealed partial class PageClockTests
{
    [Fact]
    public void PageModels_Should_TakeNowFromTheKernelClocks_When_TheyNeedTheDate()
    {
        var files = new[] { "modules", "host" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Modules.RepoRoot, d), "*.cshtml.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(Modules.RepoRoot, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .ToList();
        files.Count.ShouldBeGreaterThan(50);
        var found = files
            .SelectMany(f => File.ReadAllLines(Path.Combine(Modules.RepoRoot, f)).Select((line, i) => (f, line, n: i + 1)))
            .Where(x => MachineClock().IsMatch(x.line))
            .Select(x => $"{x.f}:{x.n}: {x.line.Trim()}")
            .ToList();
        found.ShouldBeEmpty("use IUserClock.Today (the university's day) or IClock.UtcNow");
    }

    [Theory]
    [InlineData("if (!keepInput) Input = new ValueForm { Year = DateTime.UtcNow.Year, Version = Indicator.Version };")]
    [InlineData("DefaultYear = DefaultYearFor(DateTime.UtcNow);")]
    [InlineData("var today = DateOnly.FromDateTime(DateTime.Today);")]
    public void MachineClockPattern_Should_Match_When_APageReadsTheMachineClock(string line) => MachineClock().IsMatch(line).ShouldBeTrue();

    [Theory]
    [InlineData("if (!keepInput) Input = new ValueForm { Year = clock.Today.Year, Version = Indicator.Version };")]
    [InlineData("var now = calendar.UtcNow;")]
    public void MachineClockPattern_Should_NotMatch_When_APageUsesTheKernelClocks(string line) => MachineClock().IsMatch(line).ShouldBeFalse();

    [GeneratedRegex(@"\bDateTime(Offset)?\.(UtcNow|Today)\b")]
    private static partial Regex MachineClock();
}
