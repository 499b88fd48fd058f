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
                ProgrammeMonitoringPermissions.Programmes.Default, 5)));
}
