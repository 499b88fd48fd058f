using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Workflow.Permissions;

namespace Ektu.Qa.Workflow.Web;

internal sealed class WorkflowMenuContributor : IMenuContributor
{
    public const string InboxItem = "Workflow.Inbox";

    public void Configure(List<MenuItem> menu) => menu.Add(
        new MenuItem("Workflow", "Menu:Workflow", Order: 20, Icon: "diagram-3")
            .Add(new MenuItem(InboxItem, "Menu:Workflow.Inbox", "/Workflow/Tasks", WorkflowPermissions.Tasks.Default, 1, Icon: "inbox"))
            .Add(new MenuItem("Workflow.Instances", "Menu:Workflow.Instances", "/Workflow/Instances",
                WorkflowPermissions.Instances.Default, 2, Icon: "list-task"))
            .Add(new MenuItem("Workflow.Definitions", "Menu:Workflow.Definitions", "/Workflow/Definitions", WorkflowPermissions.Definitions.Default,
                3, Icon: "bezier2")));
}
