namespace Ektu.Qa.Identity.Roles;

/// <summary>A role as read.</summary>
public sealed record RoleDto(Guid Id, string Name, string? Description, bool IsStatic, int PermissionCount, int Version);
