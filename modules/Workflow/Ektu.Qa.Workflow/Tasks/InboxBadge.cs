using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Workflow.Permissions;
using Ektu.Qa.Workflow.Web;

namespace Ektu.Qa.Workflow.Tasks;

/// <summary>Open tasks assigned to me plus those offered to my roles, beside the inbox menu item.</summary>
internal sealed class InboxBadge(ITaskAppService tasks, ICurrentUser user) : IMenuBadge
{
    public string MenuItemName => WorkflowMenuContributor.InboxItem;

    public async Task<int?> CountAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(WorkflowPermissions.Tasks.Default)) return null;
        var counts = await tasks.GetCountsAsync(ct);
        return counts.Mine + counts.Available;
    }
}
