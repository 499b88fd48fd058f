namespace Ektu.Qa.Kernel.Menus;

/// <summary>A menu entry; <see cref="DisplayNameKey"/> is a <c>Menu:</c> localization key.</summary>
public sealed record MenuItem(string Name, string DisplayNameKey, string? Url = null, string? Permission = null, int Order = 100, string? Icon = null)
{
    public List<MenuItem> Items { get; } = [];

    public MenuItem Add(MenuItem child)
    {
        Items.Add(child);
        return this;
    }
}
