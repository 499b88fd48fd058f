namespace Ektu.Qa.Kernel.Modularity;

/// <summary>Declares the modules this module needs configured (and migrated) before it.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class DependsOnAttribute(params Type[] dependencies) : Attribute
{
    public IReadOnlyList<Type> Dependencies { get; } = dependencies;
}
