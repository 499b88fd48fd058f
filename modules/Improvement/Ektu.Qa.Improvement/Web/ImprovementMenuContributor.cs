using Ektu.Qa.Improvement.Permissions;
using Ektu.Qa.Kernel.Menus;

namespace Ektu.Qa.Improvement.Web;

internal sealed class ImprovementMenuContributor : IMenuContributor
{
    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("Improvement", "Menu:Improvement", Order: 250, Icon: "arrow-repeat")
            .Add(new MenuItem("Improvement.CapaPlan", "Menu:Improvement.CapaPlan", "/Improvement/Capa/Plan",
                ImprovementPermissions.Capa.Default, 1, Icon: "kanban"))
            .Add(new MenuItem("Improvement.Capa", "Menu:Improvement.Capa", "/Improvement/Capa",
                ImprovementPermissions.Capa.Default, 2, Icon: "clipboard-check"))
            .Add(new MenuItem("Improvement.Appeals", "Menu:Improvement.Appeals", "/Improvement/Appeals",
                ImprovementPermissions.Appeals.Submit, 3, Icon: "chat-left-text")));
}
