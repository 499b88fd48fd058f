using System.Text.RegularExpressions;

namespace Ektu.Qa.Architecture.Tests;

/// <summary>
/// One module anatomy: feature folders hold a feature's app service, repository, API, rules and jobs; layer folders
/// beside them (the shape the older modules grew out of) make a newcomer look in two places, so they fail here.
/// </summary>
public sealed partial class ModuleAnatomyTests
{
    // Workflow's BPMN engine is a library with its own structure, not a module project.
    private static readonly string[] NotModuleProjects = ["Ektu.Qa.Workflow.Engine"];

    private static readonly string[] LayerFolders = ["Application", "Domain", "Jobs", "Services", "Repositories", "Infrastructure"];

    public static TheoryData<string> ModuleNames => new(Modules.Business.Select(m => m.Name));

    [Theory, MemberData(nameof(ModuleNames))]
    public void Projects_Should_HaveFeatureFoldersOnly_When_Laid_Out(string name)
    {
        var problems = ProjectDirectories(name)
            .SelectMany(p => AnatomyProblems(Path.GetFileName(p), ProjectFiles(p)))
            .ToList();
        problems.ShouldBeEmpty($"{name}: move these into feature folders (see modules/ExternalAccreditation)");
    }

    [Theory, MemberData(nameof(ModuleNames))]
    public void Namespaces_Should_FollowFolders_When_Declared(string name)
    {
        var wrong = new List<string>();
        foreach (var project in ProjectDirectories(name))
        {
            // Contracts share the module's namespaces: Ektu.Qa.X.Contracts/Capa holds Ektu.Qa.X.Capa.
            var root = Path.GetFileName(project).Replace(".Contracts", "", StringComparison.Ordinal);
            foreach (var file in ProjectFiles(project).Where(f => f.EndsWith(".cs", StringComparison.Ordinal)))
            {
                var folder = Path.GetDirectoryName(file)!.Replace('/', '.').Replace('\\', '.');
                var expected = folder.Length == 0 ? root : $"{root}.{folder}";
                var declared = Namespace().Match(File.ReadAllText(Path.Combine(project, file)));
                if (declared.Success && declared.Groups[1].Value != expected)
                    wrong.Add($"{Path.GetFileName(project)}/{file}: {declared.Groups[1].Value}, expected {expected}");
            }
        }
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void AnatomyProblems_Should_FindLayerFolders_When_TheyHoldCode()
    {
        string[] files =
        [
            "XModule.cs", "Capa/CapaAppService.cs", "Capa/CapaRepository.cs",
            "Application/CapaAppService.cs", "Domain/Capa.cs", "Jobs/ScanJob.cs",
            "Data/Migrations/0001_create_items.sql", "Data/XDemoSeeder.cs", "Data/DemoItems.cs", "Data/Seed/items.json",
            "Data/CapaRepository.cs",
            "Web/XMenuContributor.cs", "Web/XDashboardContributor.cs", "Web/XTrends.cs", "Web/XApi.cs",
            "Areas/X/Pages/Capa/Index.cshtml",
        ];
        AnatomyProblems("Ektu.Qa.X", files).ShouldBe(
        [
            "Ektu.Qa.X/Application/CapaAppService.cs", "Ektu.Qa.X/Domain/Capa.cs", "Ektu.Qa.X/Jobs/ScanJob.cs",
            "Ektu.Qa.X/Data/CapaRepository.cs", "Ektu.Qa.X/Web/XApi.cs",
        ], ignoreOrder: true);
    }

    /// <summary>
    /// Files that break the anatomy: anything in a layer folder; in <c>Data/</c> anything but migrations, seed files and
    /// demo seeders; in <c>Web/</c> anything but the menu and dashboard contributors (and the charts a dashboard draws).
    /// </summary>
    private static List<string> AnatomyProblems(string project, IEnumerable<string> files)
    {
        var problems = new List<string>();
        foreach (var file in files.Select(f => f.Replace('\\', '/')))
        {
            var parts = file.Split('/');
            if (parts.Length < 2) continue;
            var top = parts[0];
            var fileName = parts[^1];
            var bad = top switch
            {
                _ when LayerFolders.Contains(top) => true,
                "Data" => !(parts[1] is "Migrations" or "Seed"
                    || fileName.EndsWith("Seeder.cs", StringComparison.Ordinal)
                    || fileName.StartsWith("Demo", StringComparison.Ordinal)),
                "Web" => !(fileName.EndsWith("MenuContributor.cs", StringComparison.Ordinal)
                    || fileName.EndsWith("DashboardContributor.cs", StringComparison.Ordinal)
                    || fileName.EndsWith("Trends.cs", StringComparison.Ordinal)),
                _ => false,
            };
            if (bad) problems.Add($"{project}/{file}");
        }
        return problems;
    }

    private static IEnumerable<string> ProjectDirectories(string module) =>
        Directory.EnumerateDirectories(Path.Combine(Modules.RepoRoot, "modules", module))
            .Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj")))
            .Where(d => !NotModuleProjects.Contains(Path.GetFileName(d)));

    private static IEnumerable<string> ProjectFiles(string project) =>
        Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal))
            .Where(f => !f.StartsWith("wwwroot/", StringComparison.Ordinal) && !f.StartsWith("node_modules/", StringComparison.Ordinal));

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();
}
