using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Menus;

namespace Ektu.Qa.Identity.Web;

internal sealed class IdentityMenuContributor : IMenuContributor
{
    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("Administration", "Menu:Administration", Order: 900, Icon: "gear")
            .Add(new MenuItem("Identity.Users", "Menu:Identity.Users", "/Identity/Users", IdentityPermissions.Users.Default, 1, Icon: "person"))
            .Add(new MenuItem("Identity.Roles", "Menu:Identity.Roles", "/Identity/Roles", IdentityPermissions.Roles.Default, 2, Icon: "person-badge"))
            .Add(new MenuItem("Identity.OrganizationUnits", "Menu:Identity.OrganizationUnits", "/Identity/OrganizationUnits",
                IdentityPermissions.OrganizationUnits.Default, 3, Icon: "diagram-2"))
            .Add(new MenuItem("Identity.ApiClients", "Menu:Identity.ApiClients", "/Identity/ApiClients",
                IdentityPermissions.ApiClients.Manage, 4, Icon: "key"))
            .Add(new MenuItem("Identity.AuditLog", "Menu:Identity.AuditLog", "/Identity/AuditLog",
                IdentityPermissions.AuditLog.Default, 5, Icon: "journal-text"))
            .Add(new MenuItem("Identity.Settings", "Menu:Identity.Settings", "/Identity/Settings",
                IdentityPermissions.Settings.Manage, 6, Icon: "sliders"))
            .Add(new MenuItem("Identity.Sync", "Menu:Identity.Sync", "/Identity/Sync", IdentityPermissions.Sync.Default, 7,
                Icon: "arrow-repeat")));
}
