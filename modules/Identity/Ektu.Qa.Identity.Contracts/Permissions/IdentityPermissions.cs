namespace Ektu.Qa.Identity.Permissions;

/// <summary>Permission names of the Identity module.</summary>
public static class IdentityPermissions
{
    public const string GroupName = "Identity";

    public static class Users
    {
        public const string Default = GroupName + ".Users";
        public const string Manage = Default + ".Manage";
    }

    public static class Roles
    {
        public const string Default = GroupName + ".Roles";
        public const string Manage = Default + ".Manage";
        public const string ManagePermissions = Default + ".ManagePermissions";
    }

    public static class OrganizationUnits
    {
        public const string Default = GroupName + ".OrganizationUnits";
        public const string Manage = Default + ".Manage";
    }

    public static class ApiClients
    {
        public const string Manage = GroupName + ".ApiClients.Manage";
    }

    public static class AuditLog
    {
        public const string Default = GroupName + ".AuditLog";
    }

    public static class Sync
    {
        /// <summary>Push and import people and units, see the sync runs, edit the role rules.</summary>
        public const string Default = GroupName + ".Sync";
    }

    public static class Settings
    {
        public const string Manage = GroupName + ".Settings.Manage";
    }
}
