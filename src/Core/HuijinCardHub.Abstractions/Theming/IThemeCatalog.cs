namespace HuijinCardHub.Theming;

/// <summary>The storefront themes the host knows, with their original templates (what "reset" goes back to).</summary>
public interface IThemeCatalog
{
    IReadOnlyList<ThemeInfo> Themes { get; }

    /// <summary>Finds a theme by its theme.json name or its module id, ignoring case.</summary>
    ThemeInfo? Find(string theme);

    /// <summary>Template names without ".liquid" ("layout", "home", ...); empty for an unknown theme.</summary>
    IReadOnlyList<string> GetTemplateNames(string theme);

    /// <summary>The template as the theme ships it, or null when the theme has no such template.</summary>
    string? GetOriginalSource(string theme, string template);
}
