namespace Ektu.Qa.Kernel.Security;

/// <summary>A group of permissions shown together in the role editor (usually one module).</summary>
public sealed class PermissionGroupDefinition(string name)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;

    public string DisplayNameKey => "Permission:" + Name;

    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionGroupDefinition Add(params string[] names)
    {
        foreach (var n in names) _permissions.Add(new PermissionDefinition(n, Name));
        return this;
    }
}
