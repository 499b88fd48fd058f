using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Reporting.Permissions;

namespace Ektu.Qa.Reporting.Web;

internal sealed class ReportingMenuContributor : IMenuContributor
{
    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("Reporting", "Menu:Reporting", Order: 800, Icon: "file-earmark-spreadsheet")
            .Add(new MenuItem("Reporting.Catalogue", "Menu:Reporting.Catalogue", "/Reporting/Catalogue",
                ReportingPermissions.Reports.Default, 1, Icon: "collection"))
            .Add(new MenuItem("Reporting.Runs", "Menu:Reporting.Runs", "/Reporting/Runs",
                ReportingPermissions.Reports.Default, 2, Icon: "play-circle"))
            .Add(new MenuItem("Reporting.Archive", "Menu:Reporting.Archive", "/Reporting/Archive",
                ReportingPermissions.Reports.Default, 3, Icon: "archive"))
            .Add(new MenuItem("Reporting.Schedules", "Menu:Reporting.Schedules", "/Reporting/Schedules",
                ReportingPermissions.Schedules.Default, 4, Icon: "calendar-event")));
}
