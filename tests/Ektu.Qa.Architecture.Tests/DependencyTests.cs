using System.Reflection;
using System.Xml.Linq;
using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.Architecture.Tests;

/// <summary>A module's <c>[DependsOn]</c> is the truth its csproj references tell, so the host's order follows from it.</summary>
public sealed class DependencyTests
{
    public static TheoryData<string> ModuleNames => new(Modules.Business.Select(m => m.Name));

    [Theory, MemberData(nameof(ModuleNames))]
    public void DependsOn_Should_NameEveryReferencedModule_When_Declared(string name)
    {
        var module = Modules.Business.Single(m => m.Name == name);
        var declared = DependsOnNames(module.GetType());
        var referenced = ReferencedModules(name);
        referenced.Except(declared).ShouldBeEmpty($"{name}'s csproj references modules its [DependsOn] does not name");
        declared.Except(referenced).ShouldBeEmpty($"{name}'s [DependsOn] names modules its csproj does not reference");
    }

    [Fact]
    public void DependsOnNames_Should_ReadContractsMarkers_When_ModuleIsReachedThroughContracts() =>
        DependsOnNames(typeof(Probe)).ShouldBe(["Kernel", "Identity"], ignoreOrder: true);

    [Fact]
    public void ReferencedModules_Should_ListOtherModulesProjects_When_CsprojReferencesThem() =>
        ReferencedModules("QaCommission")
            .ShouldBe(["Kernel", "ExternalAccreditation", "Identity", "Improvement", "ProgrammeMonitoring", "QualityPolicy", "Reporting", "Workflow"],
                ignoreOrder: true);

    internal static List<string> DependsOnNames(Type moduleType) =>
        (moduleType.GetCustomAttribute<DependsOnAttribute>()?.Dependencies ?? [])
            .Select(d => ModuleCatalog.DependencyName(d) ?? $"?{d.Name}")
            .Distinct()
            .ToList();

    /// <summary>Other modules named by the ProjectReferences of the module's projects (modules/&lt;Module&gt;/…).</summary>
    internal static List<string> ReferencedModules(string name)
    {
        var dir = Path.Combine(Modules.RepoRoot, "modules", name);
        return Directory.EnumerateFiles(dir, "*.csproj", SearchOption.AllDirectories)
            .SelectMany(p => XDocument.Load(p).Descendants("ProjectReference")
                .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(p)!, r.Attribute("Include")!.Value))))
            .Select(full => Path.GetRelativePath(Path.Combine(Modules.RepoRoot, "modules"), full).Split(Path.DirectorySeparatorChar)[0])
            .Where(m => m != name)
            .Distinct()
            .ToList();
    }

    [DependsOn(typeof(Ektu.Qa.Kernel.KernelModule), typeof(Ektu.Qa.Identity.IdentityContractsModule))]
    private sealed class Probe;
}
