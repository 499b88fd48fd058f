using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Localization;

/// <summary>One localizer over the global JSON store; a missing key shows as itself, which tests catch.</summary>
internal sealed class QaStringLocalizer(LocalizationStore store) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var value = store.Find(name, LocalizationStore.CurrentLanguage());
            return new LocalizedString(name, value ?? name, value == null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var s = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, s.Value, arguments), s.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        store.Texts[LocalizationStore.CurrentLanguage()].Select(kv => new LocalizedString(kv.Key, kv.Value));
}
