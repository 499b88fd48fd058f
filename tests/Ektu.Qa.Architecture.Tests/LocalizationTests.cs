using System.Text.RegularExpressions;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;
using Microsoft.AspNetCore.Authorization;

namespace Ektu.Qa.Architecture.Tests;

public sealed partial class LocalizationTests
{
    private static readonly LocalizationStore Store = new(new ModuleCatalog(Modules.All).Assemblies);

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Culture_Should_HaveEveryEnglishKey_When_Shipped(string culture)
    {
        var en = Store.Texts["en"].Keys.ToHashSet();
        var other = Store.Texts[culture].Keys.ToHashSet();
        en.Except(other).Order().ShouldBeEmpty($"missing in {culture}.json");
        other.Except(en).Order().ShouldBeEmpty($"in {culture}.json but not in en.json");
    }

    [Fact]
    public void Kazakh_Should_BeWrittenInKazakhCyrillic_When_Translated()
    {
        var latinOnly = Store.Texts["kk"].Where(kv =>
            !kv.Key.StartsWith("Culture:", StringComparison.Ordinal) && LatinWord().Matches(kv.Value).Any(m => !AllowedLatin.Contains(m.Value))
            && !CyrillicLetter().IsMatch(kv.Value))
            .Select(kv => kv.Key).ToList();
        latinOnly.ShouldBeEmpty("kk texts that are still English");
    }

    [Fact]
    public void EveryPermission_Should_HaveADisplayName_When_Defined()
    {
        var permissions = new PermissionDefinitionManager(Providers());
        var missing = permissions.Groups.Select(g => g.DisplayNameKey)
            .Concat(permissions.All.Select(p => p.DisplayNameKey))
            .Where(k => Store.Find(k, "en") == null).ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void EveryPermissionUsedByAPage_Should_BeDefined_When_Authorized()
    {
        var defined = new PermissionDefinitionManager(Providers());
        var used = Modules.All.SelectMany(m => Modules.Implementation(m).GetTypes())
            .SelectMany(t => t.GetCustomAttributes(typeof(AuthorizeAttribute), true).Cast<AuthorizeAttribute>())
            .Select(a => a.Policy).OfType<string>().Distinct().ToList();
        used.ShouldNotBeEmpty();
        used.Where(p => !defined.IsDefined(p)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryKeyUsedInCode_Should_ExistInEnglish_When_Referenced()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Modules.RepoRoot, "modules"), "*.*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Modules.RepoRoot, "host"), "*.*", SearchOption.AllDirectories))
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/obj/")
                && !f.Contains("/bin/") && !f.Contains("node_modules"));
        var missing = new List<string>();
        foreach (var f in files)
        {
            var text = File.ReadAllText(f);
            // Tag helpers take keys as attributes too (<qa-field label>, <side-panel title>, <side-panel-toggle text>).
            var attributes = f.EndsWith(".cshtml", StringComparison.Ordinal) ? AttributeKey().Matches(text) : Enumerable.Empty<Match>();
            var keys = UsedKey().Matches(text).Concat(attributes);
            foreach (var m in keys)
                if (Store.Find(m.Groups[1].Value, "en") == null) missing.Add($"{Path.GetFileName(f)}: {m.Groups[1].Value}");
        }
        missing.ShouldBeEmpty();
    }

    /// <summary>Names and formats that stay Latin in Kazakh text.</summary>
    private static readonly HashSet<string> AllowedLatin = ["mail", "Excel", "Ektu", "DOCX", "OpenAPI"];

    private static IEnumerable<IPermissionDefinitionProvider> Providers() =>
        Modules.All.SelectMany(m => new[] { Modules.Implementation(m) }.Concat(m is Kernel.KernelModule ? [] : [Modules.Contracts(m)]))
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IPermissionDefinitionProvider).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IPermissionDefinitionProvider)Activator.CreateInstance(t, nonPublic: true)!);

    [GeneratedRegex(@"\bL\[""([A-Za-z]+:[A-Za-z0-9_.]+)""")]
    private static partial Regex UsedKey();

    [GeneratedRegex(@"\s(?:label|title|text|help|empty-text|empty-action-text)=""([A-Za-z]+:[A-Za-z0-9_.]+)""")]
    private static partial Regex AttributeKey();

    [GeneratedRegex(@"[A-Za-z]{4,}")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[\u0400-\u04FF]")]
    private static partial Regex CyrillicLetter();
}
