using HuijinCardHub.Sites;
using HuijinCardHub.Theming;

namespace HuijinCardHub.Themes.Services;

/// <summary>
/// A site's theme settings live in its Settings as "theme.&lt;key&gt;"; only values that differ from theme.json
/// are stored, so a site follows the theme's defaults until the merchant changes one.
/// </summary>
internal static class ThemeSettingsForm
{
    public const string Prefix = "theme.";
    public const int MaxValueLength = 500;

    public static string FieldName(string key) => "setting." + key;

    public static Site Apply(Site site, ThemeInfo theme, Func<string, string?> posted)
    {
        var settings = new Dictionary<string, string>(site.Settings, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, defaultValue) in theme.DefaultSettings)
        {
            var value = posted(FieldName(key))?.Trim();
            if (value is { Length: > MaxValueLength })
            {
                value = value[..MaxValueLength];
            }

            if (string.IsNullOrEmpty(value) || value == defaultValue)
            {
                settings.Remove(Prefix + key);
            }
            else
            {
                settings[Prefix + key] = value;
            }
        }

        return site with { Settings = settings };
    }

    public static IReadOnlyList<Models.ThemeSettingRow> Rows(Site site, ThemeInfo theme) =>
        theme.DefaultSettings
            .Select(s => new Models.ThemeSettingRow(s.Key, s.Value, site.Settings.TryGetValue(Prefix + s.Key, out var own) ? own : null))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
}
