using Ektu.Qa.Kernel.Security;

namespace Ektu.Qa.Kernel.Menus;

/// <summary>Builds the main menu for the current user: items without the permission vanish, and so do emptied groups.</summary>
public sealed class MenuBuilder(IEnumerable<IMenuContributor> contributors, ICurrentUser user)
{
    public async Task<IReadOnlyList<MenuItem>> BuildAsync()
    {
        var menu = new List<MenuItem>();
        foreach (var c in contributors) c.Configure(menu);
        return await FilterAsync(menu);
    }

    private async Task<List<MenuItem>> FilterAsync(IEnumerable<MenuItem> items)
    {
        var result = new List<MenuItem>();
        foreach (var item in items.OrderBy(i => i.Order))
        {
            if (item.Permission != null && !await user.HasPermissionAsync(item.Permission)) continue;
            var children = await FilterAsync(item.Items);
            if (item.Url == null && children.Count == 0) continue;
            var copy = new MenuItem(item.Name, item.DisplayNameKey, item.Url, item.Permission, item.Order, item.Icon);
            copy.Items.AddRange(children);
            result.Add(copy);
        }
        return result;
    }
}
