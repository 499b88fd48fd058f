using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Identity.Permissions;

/// <summary>Defines the Identity permissions for the role editor and the policies.</summary>
public sealed class IdentityPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(IdentityPermissions.GroupName).Add(
            IdentityPermissions.Users.Default,
            IdentityPermissions.Users.Manage,
            IdentityPermissions.Roles.Default,
            IdentityPermissions.Roles.Manage,
            IdentityPermissions.Roles.ManagePermissions,
            IdentityPermissions.OrganizationUnits.Default,
            IdentityPermissions.OrganizationUnits.Manage,
            IdentityPermissions.ApiClients.Manage,
            IdentityPermissions.AuditLog.Default,
            IdentityPermissions.Sync.Default,
            IdentityPermissions.Settings.Manage);
}
