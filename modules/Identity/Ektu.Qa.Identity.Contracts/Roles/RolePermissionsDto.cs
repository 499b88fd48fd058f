namespace Ektu.Qa.Identity.Roles;

/// <summary>The permissions granted to a role, with the role's version for the save.</summary>
public sealed record RolePermissionsDto(Guid RoleId, string RoleName, int Version, IReadOnlyList<string> Granted);
