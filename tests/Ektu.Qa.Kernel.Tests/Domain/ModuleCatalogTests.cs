using Ektu.Qa.Kernel.Modularity;
using Microsoft.AspNetCore.Builder;

namespace Ektu.Qa.Kernel.Tests.Domain;

public sealed class ModuleCatalogTests
{
    private abstract class TestModule(string name, string prefix) : IQaModule
    {
        public string Name => name;
        public string TablePrefix => prefix;
        public void ConfigureServices(WebApplicationBuilder builder) { }
    }

    private sealed class A() : TestModule("A", "a_");

    [DependsOn(typeof(A))]
    private sealed class B() : TestModule("B", "b_");

    [DependsOn(typeof(B))]
    private sealed class C() : TestModule("C", "c_");

    [DependsOn(typeof(D2))]
    private sealed class D1() : TestModule("D1", "d1_");

    [DependsOn(typeof(D1))]
    private sealed class D2() : TestModule("D2", "d2_");

    private sealed class SamePrefix() : TestModule("Other", "a_");

    /// <summary>What module A's Contracts would carry.</summary>
    private sealed class AContracts : IQaModuleContracts
    {
        public static string ModuleName => "A";
    }

    [DependsOn(typeof(AContracts))]
    private sealed class UsesAContracts() : TestModule("E", "e_");

    [Fact]
    public void Modules_Should_BeSortedByDependsOn_When_AddedInAnyOrder() =>
        new ModuleCatalog([new C(), new A(), new B()]).Modules.Select(m => m.Name).ShouldBe(["A", "B", "C"]);

    [Fact]
    public void Constructor_Should_Throw_When_DependencyIsMissing() =>
        Should.Throw<InvalidOperationException>(() => new ModuleCatalog([new C(), new B()])).Message.ShouldContain("not added");

    [Fact]
    public void Constructor_Should_Throw_When_DependenciesFormACycle() =>
        Should.Throw<InvalidOperationException>(() => new ModuleCatalog([new D1(), new D2()])).Message.ShouldContain("cycle");

    [Fact]
    public void Constructor_Should_Throw_When_TablePrefixIsShared() =>
        Should.Throw<InvalidOperationException>(() => new ModuleCatalog([new A(), new SamePrefix()])).Message.ShouldContain("a_");

    [Fact]
    public void Modules_Should_FollowTheModuleItsContractsName_When_DependsOnNamesAContractsMarker() =>
        new ModuleCatalog([new UsesAContracts(), new A()]).Modules.Select(m => m.Name).ShouldBe(["A", "E"]);

    [Fact]
    public void Constructor_Should_Throw_When_ContractsMarkerNamesAMissingModule() =>
        Should.Throw<InvalidOperationException>(() => new ModuleCatalog([new UsesAContracts()])).Message.ShouldContain("not added");

    [Fact]
    public void DependencyName_Should_ReadTheModuleName_When_GivenAModuleOrAContractsMarker()
    {
        ModuleCatalog.DependencyName(typeof(KernelModule)).ShouldBe("Kernel");
        ModuleCatalog.DependencyName(typeof(AContracts)).ShouldBe("A");
        ModuleCatalog.DependencyName(typeof(string)).ShouldBeNull();
    }
}
