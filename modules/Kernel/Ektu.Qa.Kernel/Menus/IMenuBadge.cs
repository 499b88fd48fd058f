namespace Ektu.Qa.Kernel.Menus;

/// <summary>A count shown beside a menu item (e.g. open tasks in the inbox); registered scoped, asked once per page.</summary>
public interface IMenuBadge
{
    /// <summary>The <see cref="MenuItem.Name"/> the count belongs to.</summary>
    string MenuItemName { get; }

    /// <summary>The count for the current user; null or 0 shows nothing.</summary>
    Task<int?> CountAsync(CancellationToken ct = default);
}
