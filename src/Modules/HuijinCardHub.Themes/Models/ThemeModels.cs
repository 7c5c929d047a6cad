using HuijinCardHub.Sites;
using HuijinCardHub.Theming;

namespace HuijinCardHub.Themes.Models;

internal sealed record ThemeRow(ThemeInfo Info, int TemplateCount);

/// <param name="SiteValue">The site's own value, or null when it uses the theme's default.</param>
internal sealed record ThemeSettingRow(string Key, string Default, string? SiteValue)
{
    public string Effective => SiteValue ?? Default;
}

internal sealed record SiteThemeRow(Site Site, ThemeInfo? Theme, IReadOnlyList<ThemeSettingRow> Settings);

/// <summary>A theme the host has whose feature is off in this shop; <see cref="ThemeName"/> is what a site records once it is on.</summary>
internal sealed record InstallableTheme(string FeatureId, string ThemeName, string Name, string Description);

internal sealed record ThemesIndexModel(IReadOnlyList<ThemeRow> Themes, IReadOnlyList<SiteThemeRow> Sites, IReadOnlyList<InstallableTheme> Installable);
