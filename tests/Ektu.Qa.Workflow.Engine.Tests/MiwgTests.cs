namespace Ektu.Qa.Workflow.Engine.Tests;

/// <summary>The MIWG reference files are third-party and never copied into the repository: read them from shared/ when it is there.</summary>
public sealed class MiwgTests
{
    private static string? MiwgFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bpmn-conformance", "miwg");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    [Fact]
    public void Parse_Should_AcceptOrNameOffendingElements_When_ReadingEveryMiwgFile()
    {
        var folder = MiwgFolder();
        if (folder is null)
        {
            Console.WriteLine("MIWG files not found (shared/bpmn-conformance/miwg): skipped");
            return;
        }
        var files = Directory.GetFiles(folder, "*.bpmn");
        files.Length.ShouldBeGreaterThan(0);
        foreach (var file in files)
        {
            var result = BpmnParser.Parse(File.ReadAllBytes(file));
            if (result.Succeeded) continue;
            result.Problems.ShouldNotBeEmpty(file);
            result.Problems.ShouldAllBe(p => p.Code != "XmlMalformed", file);
            result.Problems.ShouldAllBe(p => p.ElementId != null && p.Message.Length > 0, file);
        }
    }

    [Fact]
    public void Parse_Should_HonourDeclaredEncoding_When_FileIsIso88591()
    {
        var folder = MiwgFolder();
        if (folder is null) return;
        var latin = Directory.GetFiles(folder, "*.bpmn")
            .Where(f => File.ReadLines(f).First().Contains("ISO-8859-1", StringComparison.OrdinalIgnoreCase)).ToList();
        latin.ShouldNotBeEmpty();
        foreach (var f in latin) BpmnParser.Parse(File.OpenRead(f)).Problems.ShouldAllBe(p => p.Code != "XmlMalformed", f);
    }
}
