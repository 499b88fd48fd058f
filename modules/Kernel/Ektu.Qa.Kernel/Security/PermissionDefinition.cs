namespace Ektu.Qa.Kernel.Security;

/// <summary>A permission <c>Module.Entity.Action</c>; its display name is the localization key <c>Permission:&lt;name&gt;</c>.</summary>
public sealed record PermissionDefinition(string Name, string GroupName)
{
    public string DisplayNameKey => "Permission:" + Name;
}
