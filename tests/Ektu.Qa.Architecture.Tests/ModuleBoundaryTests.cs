using System.Reflection;
using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleNames => new(Modules.Business.Select(m => m.Name));

    [Theory, MemberData(nameof(ModuleNames))]
    public void Implementation_Should_ReferenceOnlyKernelAndContracts_When_Built(string name)
    {
        var module = Modules.Business.Single(m => m.Name == name);
        var bad = Modules.Implementation(module).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Ektu.Qa.", StringComparison.Ordinal))
            .Where(n => n != "Ektu.Qa.Kernel" && !n.EndsWith(".Contracts", StringComparison.Ordinal))
            // A module's own libraries (Workflow's engine) belong to it; another module cannot name them because of the rule above.
            .Where(n => !n.StartsWith($"Ektu.Qa.{name}.", StringComparison.Ordinal))
            .ToList();
        bad.ShouldBeEmpty($"{name} references another module's implementation");
    }

    [Theory, MemberData(nameof(ModuleNames))]
    public void Contracts_Should_ReferenceOnlyKernelAndContracts_When_Built(string name)
    {
        var refs = Modules.Contracts(Modules.Business.Single(m => m.Name == name)).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Ektu.Qa.", StringComparison.Ordinal) && n != "Ektu.Qa.Kernel"
                && !n.EndsWith(".Contracts", StringComparison.Ordinal));
        refs.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(ModuleNames))]
    public void Implementation_Should_ExposeOnlyItsModuleClass_When_Built(string name)
    {
        var module = Modules.Business.Single(m => m.Name == name);
        var exported = Modules.Implementation(module).GetExportedTypes()
            .Where(t => !t.Name.StartsWith("<", StringComparison.Ordinal))
            // Razor compiles views into public generated classes under AspNetCoreGeneratedDocument.
            .Where(t => t.Namespace != "AspNetCoreGeneratedDocument")
            .Select(t => t.FullName)
            .ToList();
        exported.ShouldBe([module.GetType().FullName]);
    }

    [Theory, MemberData(nameof(ModuleNames))]
    public void Module_Should_FollowNamingConvention_When_Declared(string name)
    {
        var module = Modules.Business.Single(m => m.Name == name);
        module.GetType().Name.ShouldBe(name + "Module");
        module.GetType().Namespace.ShouldBe("Ektu.Qa." + name);
        module.GetType().GetCustomAttribute<DependsOnAttribute>().ShouldNotBeNull();
    }
}
