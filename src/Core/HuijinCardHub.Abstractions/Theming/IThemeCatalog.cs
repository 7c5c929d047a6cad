namespace HuijinCardHub.Theming;

/// <summary>The storefront themes the host knows, with their original templates (what "reset" goes back to).</summary>
public interface IThemeCatalog
{
    IReadOnlyList<ThemeInfo> Themes { get; }

    /// <summary>Finds a theme by its theme.json name or its module id, ignoring case.</summary>
    ThemeInfo? Find(string theme);

    /// <summary>
    /// Template names without ".liquid" ("layout", "home", ...) the theme renders: its own, its base themes' and the
    /// enabled modules' default pages; empty for an unknown theme.
    /// </summary>
    IReadOnlyList<string> GetTemplateNames(string theme);

    /// <summary>
    /// The template as shipped for the theme (its own file, else its base theme's, else the owning module's default),
    /// or null when nobody ships it. This is what "reset" goes back to.
    /// </summary>
    string? GetOriginalSource(string theme, string template);

    /// <summary>Who ships that source: the theme's name, a base theme's name, or "module:&lt;module id&gt;"; null when nobody.</summary>
    string? GetTemplateOwner(string theme, string template);
}
