using System.Reflection;

namespace Ektu.Qa.Kernel.Modularity;

/// <summary>The modules of the running host in dependency order.</summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<IQaModule> modules)
    {
        Modules = Sort(modules.ToList());
    }

    public IReadOnlyList<IQaModule> Modules { get; }

    /// <summary>Assemblies that carry a module's code (implementation and contracts) for resource discovery.</summary>
    public IEnumerable<Assembly> Assemblies =>
        Modules.Select(m => m.GetType().Assembly)
            .SelectMany(a => a.GetReferencedAssemblies()
                .Where(r => r.Name!.StartsWith("Ektu.Qa.", StringComparison.Ordinal))
                .Select(Assembly.Load)
                .Prepend(a))
            .Prepend(typeof(ModuleCatalog).Assembly)
            .Distinct();

    private static List<IQaModule> Sort(List<IQaModule> modules)
    {
        var dupName = modules.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (dupName != null) throw new InvalidOperationException($"Module name '{dupName.Key}' is used twice.");
        var dupPrefix = modules.GroupBy(m => m.TablePrefix, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (dupPrefix != null)
            throw new InvalidOperationException($"Table prefix '{dupPrefix.Key}' is used by more than one module.");

        var byType = modules.ToDictionary(m => m.GetType());
        var byName = modules.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var sorted = new List<IQaModule>();
        var state = new Dictionary<Type, bool>(); // false = visiting, true = done
        void Visit(IQaModule m)
        {
            var t = m.GetType();
            if (state.TryGetValue(t, out var done))
            {
                if (!done) throw new InvalidOperationException($"Module dependency cycle at '{m.Name}'.");
                return;
            }
            state[t] = false;
            foreach (var dep in t.GetCustomAttribute<DependsOnAttribute>()?.Dependencies ?? [])
            {
                var depModule = byType.GetValueOrDefault(dep) ?? byName.GetValueOrDefault(ContractsModuleName(dep) ?? "")
                    ?? throw new InvalidOperationException($"Module '{m.Name}' depends on '{dep.Name}', which is not added to the host.");
                Visit(depModule);
            }
            state[t] = true;
            sorted.Add(m);
        }
        foreach (var m in modules) Visit(m);
        return sorted;
    }

    /// <summary>The module a dependency names: its own class, or its Contracts' <see cref="IQaModuleContracts"/> marker.</summary>
    public static string? DependencyName(Type dependency) =>
        typeof(IQaModule).IsAssignableFrom(dependency) && dependency.GetConstructor(Type.EmptyTypes) != null
            ? ((IQaModule)Activator.CreateInstance(dependency)!).Name
            : ContractsModuleName(dependency);

    private static string? ContractsModuleName(Type dependency) =>
        dependency.GetInterfaces().Contains(typeof(IQaModuleContracts))
            ? (string?)dependency.GetProperty(nameof(IQaModuleContracts.ModuleName))?.GetValue(null)
            : null;
}
