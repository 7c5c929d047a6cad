using System.Globalization;
using HuijinCardHub.Text;

namespace HuijinCardHub.Theming.Catalog;

/// <summary>
/// A theme and the base themes it inherits from, the theme itself first: templates, translations and default
/// settings are looked up along it, so a child theme holds only what differs.
/// </summary>
/// <param name="Problem">Why the chain stops early (a base theme that is not installed, or a cycle); null when whole.</param>
internal sealed class ThemeLineage(IReadOnlyList<ThemePackage> themes, Bilingual? problem)
{
    public IReadOnlyList<ThemePackage> Themes { get; } = themes;

    public ThemePackage Theme => Themes[0];

    public Bilingual? Problem { get; } = problem;

    /// <summary>The base themes' theme.json settings, each overridden by its child's.</summary>
    public IReadOnlyDictionary<string, string> DefaultSettings { get; } = MergeSettings(themes);

    /// <summary>The translation from the nearest theme that has one; null when none has.</summary>
    public string? Translate(string text, CultureInfo culture)
    {
        foreach (var theme in Themes)
        {
            if (theme.Translate(text, culture) is { } translated)
            {
                return translated;
            }
        }

        return null;
    }

    private static Dictionary<string, string> MergeSettings(IReadOnlyList<ThemePackage> themes)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = themes.Count - 1; i >= 0; i--)
        {
            foreach (var (key, value) in themes[i].Info.DefaultSettings)
            {
                settings[key] = value;
            }
        }

        return settings;
    }
}
