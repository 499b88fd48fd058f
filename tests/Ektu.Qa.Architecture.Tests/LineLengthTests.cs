namespace Ektu.Qa.Architecture.Tests;

/// <summary>Lines a reader sees whole: the .editorconfig's <c>max_line_length = 150</c>, held for every C# file.</summary>
public sealed class LineLengthTests
{
    private const int MaxLength = 150;

    [Fact]
    public void CSharpFiles_Should_KeepLinesWithin150Characters_When_Written()
    {
        var root = Modules.RepoRoot;
        var tooLong = new[] { "modules", "host", "tests" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .SelectMany(f => LongLines(File.ReadAllLines(Path.Combine(root, f))).Select(n => $"{f}:{n}"))
            .ToList();
        tooLong.ShouldBeEmpty($"lines over {MaxLength} characters");
    }

    [Fact]
    public void LongLines_Should_CountCharactersNotBytes_When_TextIsKazakh()
    {
        var kazakh = "// " + new string('қ', MaxLength - 3);
        LongLines([kazakh, kazakh + "ә", new string(' ', MaxLength + 1)]).ShouldBe([2, 3]);
    }

    /// <summary>1-based numbers of the lines longer than the limit (in UTF-16 characters, as editors count them).</summary>
    private static IEnumerable<int> LongLines(string[] lines) =>
        lines.Select((l, i) => (l.Length, Number: i + 1)).Where(x => x.Length > MaxLength).Select(x => x.Number);
}
