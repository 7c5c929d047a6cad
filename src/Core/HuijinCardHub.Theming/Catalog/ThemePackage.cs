using System.Globalization;

namespace HuijinCardHub.Theming.Catalog;

/// <summary>Everything a theme ships: its manifest, its Liquid templates and its translations.</summary>
internal sealed class ThemePackage(
    ThemeInfo info,
    string moduleId,
    IReadOnlyDictionary<string, string> templates,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> translations)
{
    public ThemeInfo Info { get; } = info;

    public string Name => Info.Name;

    /// <summary>The assembly (module) name, so a site may name its theme either way.</summary>
    public string ModuleId { get; } = moduleId;

    /// <summary>Template name (without ".liquid") to its original source.</summary>
    public IReadOnlyDictionary<string, string> Templates { get; } = templates;

    /// <summary>Culture name ("en-US") to a map from the Chinese text to the translation.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Translations { get; } = translations;

    public bool Answers(string name) =>
        string.Equals(Name, name, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(ModuleId, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>The translation of a Chinese text for the culture or its parents; null when there is none.</summary>
    public string? Translate(string text, CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (Translations.TryGetValue(c.Name, out var map) && map.TryGetValue(text, out var translated))
            {
                return translated;
            }
        }

        return null;
    }
}
