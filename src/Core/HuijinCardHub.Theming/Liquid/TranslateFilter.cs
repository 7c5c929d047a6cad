using System.Globalization;
using Fluid;
using Fluid.Values;
using HuijinCardHub.Theming.Catalog;

namespace HuijinCardHub.Theming.Liquid;

/// <summary>
/// <c>{{ "首页" | t }}</c>: the Chinese text is the key; other UI cultures read the theme's i18n/&lt;culture&gt;.json, then its base themes'.
/// <c>{{ "首页" | t: "Home" }}</c> gives a fallback for a culture the theme has no translation for.
/// </summary>
internal static class TranslateFilter
{
    public const string ThemeKey = "huijin.theme";

    public static ValueTask<FluidValue> TranslateAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (culture.TwoLetterISOLanguageName == "zh")
        {
            // The key is the Chinese text: a string literal comes back as the very value (a page has dozens).
            return input.Type == FluidValues.String ? input : new StringValue(input.ToStringValue());
        }

        var text = input.ToStringValue();

        var theme = context.AmbientValues.TryGetValue(ThemeKey, out var value) ? value as ThemeLineage : null;
        var translated = theme?.Translate(text, culture);
        if (translated is null && arguments.Count > 0)
        {
            translated = arguments.At(0).ToStringValue();
        }

        return new StringValue(translated ?? text);
    }
}
