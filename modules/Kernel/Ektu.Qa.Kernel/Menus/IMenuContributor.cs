namespace Ektu.Qa.Kernel.Menus;

/// <summary>A module's entries in the main menu.</summary>
public interface IMenuContributor
{
    void Configure(List<MenuItem> menu);
}
