namespace Ektu.Qa.Workflow.Engine;

/// <summary>Names in the three UI languages (<c>qa:name-kk</c>, <c>qa:name-ru</c>, <c>qa:name-en</c>); the BPMN <c>name</c> is the
/// fallback.</summary>
public sealed record LocalizedNames(string? Kk, string? Ru, string? En, string? Fallback)
{
    public static LocalizedNames Empty { get; } = new(null, null, null, null);

    /// <summary>The name for a culture such as <c>kk-KZ</c>, <c>ru</c> or <c>en-US</c>.</summary>
    public string? Get(string? culture)
    {
        var lang = (culture ?? string.Empty).Split('-')[0].ToLowerInvariant();
        var picked = lang switch { "kk" => Kk, "ru" => Ru, "en" => En, _ => null };
        return picked ?? Fallback ?? En ?? Ru ?? Kk;
    }
}
