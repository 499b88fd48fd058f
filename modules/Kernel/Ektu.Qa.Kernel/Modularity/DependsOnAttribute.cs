namespace Ektu.Qa.Kernel.Modularity;

/// <summary>
/// Declares the modules this module uses, which are configured (and migrated) before it: a module class, or the
/// <see cref="IQaModuleContracts"/> marker of a module reached only through its Contracts.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class DependsOnAttribute(params Type[] dependencies) : Attribute
{
    public IReadOnlyList<Type> Dependencies { get; } = dependencies;
}
