using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Ektu.Qa.Kernel.Modularity;

namespace Ektu.Qa.Kernel.Localization;

/// <summary>
/// All texts of all modules, read once from the embedded ABP-format JSON resources
/// <c>{"culture":"kk","texts":{...}}</c>. Keys are global; modules prefix them.
/// </summary>
public sealed class LocalizationStore
{
    /// <summary>The supported UI languages, in the switcher's order.</summary>
    public static readonly IReadOnlyList<string> Cultures = ["kk", "ru", "en"];

    private readonly Dictionary<string, Dictionary<string, string>> _texts = new(StringComparer.OrdinalIgnoreCase);

    public LocalizationStore(ModuleCatalog catalog) : this(catalog.Assemblies) { }

    public LocalizationStore(IEnumerable<Assembly> assemblies)
    {
        foreach (var c in Cultures) _texts[c] = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asm in assemblies)
        {
            foreach (var name in asm.GetManifestResourceNames()
                .Where(n => n.Contains(".Localization.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
            {
                using var stream = asm.GetManifestResourceStream(name)!;
                var file = JsonSerializer.Deserialize<ResourceFile>(stream, JsonOptions)
                    ?? throw new InvalidOperationException($"Empty localization resource {name}");
                if (!_texts.TryGetValue(file.Culture, out var dict))
                    throw new InvalidOperationException($"Localization resource {name} has unsupported culture '{file.Culture}'.");
                foreach (var (key, value) in file.Texts)
                {
                    if (!dict.TryAdd(key, value))
                        throw new InvalidOperationException($"Localization key '{key}' ({file.Culture}) is defined twice; second in {name}.");
                }
            }
        }
    }

    /// <summary>Keys per culture, for parity checks.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Texts => _texts;

    /// <summary>The text for <paramref name="key"/> in <paramref name="culture"/>, falling back to English.</summary>
    public string? Find(string key, string culture)
    {
        if (_texts.TryGetValue(culture, out var dict) && dict.TryGetValue(key, out var v)) return v;
        return _texts["en"].TryGetValue(key, out var en) ? en : null;
    }

    /// <summary>Two-letter language of the current UI culture mapped to a supported one.</summary>
    public static string CurrentLanguage()
    {
        var lang = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return Cultures.Contains(lang) ? lang : "en";
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record ResourceFile(string Culture, Dictionary<string, string> Texts);
}
