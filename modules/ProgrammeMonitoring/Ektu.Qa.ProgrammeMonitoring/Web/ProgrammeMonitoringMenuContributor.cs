using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.ProgrammeMonitoring.Permissions;

namespace Ektu.Qa.ProgrammeMonitoring.Web;

internal sealed class ProgrammeMonitoringMenuContributor : IMenuContributor
{
    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("ProgrammeMonitoring", "Menu:ProgrammeMonitoring", Order: 150, Icon: "journal-bookmark")
            .Add(new MenuItem("ProgrammeMonitoring.Programmes", "Menu:ProgrammeMonitoring.Programmes", "/ProgrammeMonitoring/Programmes",
                ProgrammeMonitoringPermissions.Programmes.Default, 1))
            .Add(new MenuItem("ProgrammeMonitoring.Electives", "Menu:ProgrammeMonitoring.Electives", "/ProgrammeMonitoring/Electives",
                ProgrammeMonitoringPermissions.Programmes.Default, 5))
            .Add(new MenuItem("ProgrammeMonitoring.Reviews", "Menu:ProgrammeMonitoring.Reviews", "/ProgrammeMonitoring/Reviews",
                ProgrammeMonitoringPermissions.Programmes.Default, 10))
            .Add(new MenuItem("ProgrammeMonitoring.Triggers", "Menu:ProgrammeMonitoring.Triggers", "/ProgrammeMonitoring/Reviews/Triggers",
                ProgrammeMonitoringPermissions.Programmes.Default, 11))
            .Add(new MenuItem("ProgrammeMonitoring.Procedures", "Menu:ProgrammeMonitoring.Procedures", "/ProgrammeMonitoring/Procedures",
                ProgrammeMonitoringPermissions.Programmes.Default, 12))
            .Add(new MenuItem("ProgrammeMonitoring.Effectiveness", "Menu:ProgrammeMonitoring.Effectiveness", "/ProgrammeMonitoring/Effectiveness",
                ProgrammeMonitoringPermissions.Programmes.Default, 13)));
}
