using System.Globalization;
using Microsoft.Extensions.Localization;

namespace HuijinCardHub.Localization;

/// <summary>
/// Keys are the Chinese text, so zh-CN needs no file and a missing translation still shows something
/// readable: the Chinese original.
/// </summary>
internal sealed class JsonStringLocalizer(TranslationSet translations) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var (value, found) = Lookup(name);
            return new LocalizedString(name, value, resourceNotFound: !found);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var (format, found) = Lookup(name);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format, arguments), resourceNotFound: !found);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        translations.All(CultureInfo.CurrentUICulture, includeParentCultures).Select(e => new LocalizedString(e.Key, e.Value));

    private (string Value, bool Found) Lookup(string name)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (culture.TwoLetterISOLanguageName == "zh")
        {
            return (name, true);
        }

        var translated = translations.Find(name, culture);
        return translated is null ? (name, false) : (translated, true);
    }
}
