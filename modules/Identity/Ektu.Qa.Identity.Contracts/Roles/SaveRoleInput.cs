namespace Ektu.Qa.Identity.Roles;

/// <summary>Create or rename a role.</summary>
public sealed class SaveRoleInput
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int Version { get; set; }
}
