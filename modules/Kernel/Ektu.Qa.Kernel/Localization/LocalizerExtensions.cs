using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Localization;

/// <summary>Conventional keys: <c>Enum:Type.Value</c>.</summary>
public static class LocalizerExtensions
{
    public static string Enum<T>(this IStringLocalizer l, T value) where T : struct, System.Enum =>
        l[$"Enum:{typeof(T).Name}.{value}"].Value;

    /// <summary>Picks the kk/ru/en field of reference data for the current UI language.</summary>
    public static string Pick(string kk, string ru, string en) => LocalizationStore.CurrentLanguage() switch
    {
        "kk" => string.IsNullOrEmpty(kk) ? en : kk,
        "ru" => string.IsNullOrEmpty(ru) ? en : ru,
        _ => en,
    };
}
