using System.Globalization;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>A text of a questionnaire in Kazakh, Russian and English.</summary>
public sealed record SurveyText(string Kk, string Ru, string En)
{
    /// <summary>The text in the current UI language; the Kazakh text when that one is empty.</summary>
    public string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "ru" when Ru.Length > 0 => Ru,
        "en" when En.Length > 0 => En,
        _ => Kk,
    };
}
