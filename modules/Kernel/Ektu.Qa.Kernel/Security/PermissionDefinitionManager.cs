namespace Ektu.Qa.Kernel.Security;

/// <summary>All defined permissions, built once from the registered providers.</summary>
public sealed class PermissionDefinitionManager
{
    private readonly Dictionary<string, PermissionDefinition> _byName;

    public PermissionDefinitionManager(IEnumerable<IPermissionDefinitionProvider> providers)
    {
        var ctx = new PermissionDefinitionContext();
        foreach (var p in providers) p.Define(ctx);
        Groups = ctx.Groups;
        _byName = [];
        foreach (var perm in Groups.SelectMany(g => g.Permissions))
        {
            if (!_byName.TryAdd(perm.Name, perm)) throw new InvalidOperationException($"Permission '{perm.Name}' is defined twice.");
        }
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    public IEnumerable<PermissionDefinition> All => _byName.Values;

    public bool IsDefined(string name) => _byName.ContainsKey(name);
}
