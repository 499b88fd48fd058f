using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Web;

namespace Ektu.Qa.Kernel.Tests.Web;

/// <summary>The page frame's breadcrumb, taken from the menu the user sees: group, then the entry the page lives under.</summary>
public sealed class PageHeaderTrailTests
{
    private static readonly IReadOnlyList<MenuItem> Menu =
    [
        new MenuItem("Improvement", "Menu:Improvement")
            .Add(new MenuItem("Improvement.Capa", "Menu:Improvement.Capa", "/Improvement/Capa"))
            .Add(new MenuItem("Improvement.CapaPlan", "Menu:Improvement.CapaPlan", "/Improvement/Capa/Plan")),
        new MenuItem("Administration", "Menu:Administration").Add(new MenuItem("Identity.Users", "Menu:Identity.Users", "/Identity/Users")),
    ];

    [Fact]
    public void Trail_Should_NameOnlyTheGroup_When_ThePageIsTheMenuEntryItself()
    {
        PageHeaderTagHelper.Trail(Menu, "/Identity/Users").ShouldBe([("Menu:Administration", (string?)null)]);
        PageHeaderTagHelper.Trail(Menu, "/identity/users/").ShouldBe([("Menu:Administration", (string?)null)]);
    }

    [Fact]
    public void Trail_Should_LinkTheListEntry_When_ThePageIsARecordUnderIt()
    {
        PageHeaderTagHelper.Trail(Menu, "/Identity/Users/Edit/5b1c").ShouldBe(
            [("Menu:Administration", null), ("Menu:Identity.Users", "/Identity/Users")]);
    }

    [Fact]
    public void Trail_Should_TakeTheLongestEntry_When_EntriesNest()
    {
        PageHeaderTagHelper.Trail(Menu, "/Improvement/Capa/Plan").ShouldBe([("Menu:Improvement", (string?)null)]);
        PageHeaderTagHelper.Trail(Menu, "/Improvement/Capa/Details/7").ShouldBe(
            [("Menu:Improvement", null), ("Menu:Improvement.Capa", "/Improvement/Capa")]);
    }

    [Fact]
    public void Trail_Should_BeEmpty_When_NoEntryHoldsThePath()
    {
        PageHeaderTagHelper.Trail(Menu, "/").ShouldBeEmpty();
        PageHeaderTagHelper.Trail(Menu, "/Notifications").ShouldBeEmpty();
        // A longer word is not a page under the entry.
        PageHeaderTagHelper.Trail(Menu, "/Identity/UsersExport").ShouldBeEmpty();
    }
}
