namespace Ektu.Qa.Kernel.Localization;

/// <summary>A name users give in three languages (reference data: units, standards, titles).</summary>
public sealed record LocalizedText(string Kk, string Ru, string En)
{
    /// <summary>The text in the current UI language (English where a translation is missing).</summary>
    public string Current => LocalizerExtensions.Pick(Kk, Ru, En);

    public override string ToString() => Current;
}
