using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// Empty lists say so, a save is confirmed on the page it lands on, the header names the person,
/// the phone menu has its toggler, a commission does not offer its own members again, unit pickers follow the tree, and a
/// head of department's start page shows their own work.
/// </summary>
public sealed class RoughEdgeTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task ListPage_Should_ShowEmptyText_When_ItHasNoRows()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin");
        // The demo data has no API clients.
        var doc = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/Identity/ApiClients"));
        doc.QuerySelector("p.empty-state")!.TextContent.ShouldBe("Nothing here yet.");
        doc.QuerySelectorAll("table thead").ShouldBeEmpty();
    }

    [Fact]
    public async Task Layout_Should_ShowFullNameInHeaderAndGreeting_When_UserIsSignedIn()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("dean.sitis");
        var doc = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/"));
        var name = doc.QuerySelector("#current-user")!.TextContent.Trim();
        name.ShouldNotBe("dean.sitis");
        name.ShouldContain(" ");
        // The start page greets the person by the same name.
        doc.QuerySelector("h1")!.TextContent.ShouldContain(name);
        var toggler = doc.QuerySelector("#menu-toggle")!;
        toggler.GetAttribute("data-bs-toggle").ShouldBe("offcanvas");
        doc.QuerySelector(toggler.GetAttribute("data-bs-target")!)!.ClassList.ShouldContain("offcanvas-md");
    }

    [Fact]
    public async Task Save_Should_ConfirmAndShowTheNewRow_When_FormRedirects()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin", "ru");
        // Posted from the 2026 calendar, the day is in 2027: the page it lands on must show 2027 and the new row.
        var response = await QaWebFactory.PostFormAsync(client, "/QualityPolicy/Holidays/Index?handler=Add&year=2026", new()
        {
            ["Input.Day"] = "2027-03-19", ["Input.NameKk"] = "Тест күні", ["Input.NameRu"] = "Тестовый день", ["Input.NameEn"] = "Test day",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var doc = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        doc.QuerySelector("#status-message")!.TextContent.Trim().ShouldBe("Сохранено.");
        doc.QuerySelector("#holidays")!.TextContent.ShouldContain("Тестовый день");
        // TempData is read once: the next page shows no stale confirmation.
        Parser.ParseDocument(await client.GetStringAsync("/QualityPolicy/Holidays")).QuerySelector("#status-message").ShouldBeNull();
    }

    [Fact]
    public async Task AddMemberPicker_Should_NotOfferServingMembers_When_CommissionHasThem()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin");
        var list = Parser.ParseDocument(await client.GetStringAsync("/QaCommission/Commissions"));
        var details = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, list.QuerySelector("#commissions a")!.GetAttribute("href")!));
        var serving = details.QuerySelectorAll("#members tbody tr:not(.text-muted) td:first-child").Select(td => td.TextContent.Trim()).ToList();
        serving.ShouldNotBeEmpty();
        var offered = details.QuerySelectorAll("#Member_UserId option").Select(o => o.TextContent.Trim()).ToList();
        offered.ShouldNotBeEmpty();
        offered.Intersect(serving).ShouldBeEmpty();
    }

    [Fact]
    public async Task UnitPicker_Should_ListUnitsUnderTheirParents_When_PageChoosesAUnit()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("admin");
        var doc = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/QualityPolicy/Documents/Edit"));
        var picker = doc.QuerySelector("#Input_OwnerUnitId")!.ParentElement!;
        picker.HasAttribute("data-unit-picker").ShouldBeTrue();
        picker.QuerySelector("input.unit-filter")!.GetAttribute("aria-controls").ShouldBe("Input_OwnerUnitId");
        var options = doc.QuerySelectorAll("#Input_OwnerUnitId option").OfType<IHtmlOptionElement>().ToList();
        options.Count.ShouldBeGreaterThan(3);
        // Each option follows its parent (or starts a tree) one level deeper, and the text is indented by that depth.
        var seen = new Dictionary<string, int>();
        foreach (var o in options)
        {
            var depth = int.Parse(o.GetAttribute("data-depth")!, System.Globalization.CultureInfo.InvariantCulture);
            var parent = o.GetAttribute("data-parent");
            if (depth > 0) seen[parent!].ShouldBe(depth - 1, o.Text);
            o.Text.TakeWhile(c => c == '\u00A0').Count().ShouldBe(depth * 3);
            seen[o.Value] = depth;
        }
        seen.Values.Max().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task StartPage_Should_ShowOwnWorkFirst_When_HeadOfDepartmentSignsIn()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync("head.cs");
        var cards = Parser.ParseDocument(await HtmlPages.GetOkAsync(client, "/")).QuerySelectorAll("a.card")
            .Select(a => (Title: a.QuerySelector(".text-muted")!.TextContent.Trim(), Href: a.GetAttribute("href"))).ToList();
        (string, string?)[] own =
        [
            ("Decision status requests awaiting my answer", "/QaCommission/Register/Requests"),
            ("Lessons I am to observe", "/QaCommission/PeerReview"),
            ("Appeals at the department level", "/Improvement/Appeals"),
        ];
        // The person's own work comes first, before the school-wide figures.
        cards.Take(own.Length).ShouldBe(own);
        foreach (var (_, href) in own) await HtmlPages.GetOkAsync(client, href!);
    }
}
