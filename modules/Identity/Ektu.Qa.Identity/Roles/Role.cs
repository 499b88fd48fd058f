using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Roles;

/// <summary>A named set of permission grants; held by users in organisation units.</summary>
internal sealed class Role : AuditedEntity
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public bool IsStatic { get; set; }

    public RoleDto ToDto(int permissionCount) => new(Id, Name, Description, IsStatic, permissionCount, Version);
}
