using System.Reflection;
using AngleSharp.Html.Parser;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// For each demo role, every page of its menu and the record pages linked from
/// them (the <see cref="PostCrawlTests"/> crawl) is read in Russian, and no cell, option, badge or other element may show
/// a member name of any of the modules' enums as its whole text. In Russian a Latin member name is always a code that
/// escaped its name (<c>Enum:Type.Value</c>), and a page or enum added later is covered without anyone listing it.
/// </summary>
public sealed class RawEnumTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> Members = EnumMembers();

    [Theory]
    [MemberData(nameof(DemoRoles.Users), MemberType = typeof(DemoRoles))]
    public async Task EveryPage_Should_ShowEnumValuesByName_When_RoleBrowsesItsMenuInRussian(string userName)
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var client = await factory.SignInAsync(userName, "ru");
        var failures = new List<string>();
        var pages = await PageCrawler.CrawlAsync(client, failures);
        pages.Count.ShouldBeGreaterThan(userName == "teacher1" ? 2 : 5);
        foreach (var (url, html) in pages)
            failures.AddRange(RawValues(html).Select(v => $"{url}: {v}"));
        failures.Distinct().ShouldBeEmpty($"{userName}: {pages.Count} pages");
    }

    [Fact]
    public void RawValues_Should_FindAMemberName_When_ItIsAnOptionsOrCellsWholeText()
    {
        Members.ShouldContain("InForce");
        RawValues("<table><tr><td> InForce </td><td>Действует</td></tr></table><select><option>Draft</option></select>")
            .ShouldBe(["<td>InForce", "<option>Draft"]);
        RawValues("<p>InForce document</p><option value=\"Draft\">Черновик</option>").ShouldBeEmpty();
    }

    private static IEnumerable<string> RawValues(string html) =>
        Parser.ParseDocument(html).QuerySelectorAll("body *")
            .Where(e => e.LocalName is not ("script" or "style") && Members.Contains(e.TextContent.Trim()))
            .Where(e => !e.Children.Any(c => c.TextContent.Trim() == e.TextContent.Trim())) // the innermost element only
            .Select(e => $"<{e.LocalName}>{e.TextContent.Trim()}");

    /// <summary>Member names of every enum of the modules (contracts and implementations).</summary>
    private static HashSet<string> EnumMembers()
    {
        IQaModule[] modules = [new KernelModule(), .. TestModules.All()];
        return modules.SelectMany(m =>
            m is KernelModule ? [m.GetType().Assembly] : new[] { m.GetType().Assembly, Assembly.Load($"Ektu.Qa.{m.Name}.Contracts") })
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum).SelectMany(Enum.GetNames).ToHashSet(StringComparer.Ordinal);
    }
}
