namespace HuijinCardHub.Theming.Catalog;

/// <summary>The themes of the host, read once per shell from their assemblies.</summary>
internal sealed class ThemeCatalog(IEnumerable<ThemePackage> packages) : IThemeCatalog
{
    /// <summary>The theme a site falls back to when its own is missing.</summary>
    public const string DefaultTheme = "Jade";

    private readonly IReadOnlyList<ThemePackage> _packages = packages.ToList();

    public IReadOnlyList<ThemeInfo> Themes => _packages.Select(p => p.Info).ToList();

    public ThemePackage? FindPackage(string? theme)
    {
        // A loop, not FirstOrDefault with a lambda: every storefront page asks, and the closure was an allocation each time.
        if (string.IsNullOrWhiteSpace(theme))
        {
            return null;
        }

        foreach (var package in _packages)
        {
            if (package.Answers(theme))
            {
                return package;
            }
        }

        return null;
    }

    /// <summary>The site's theme, else Jade, else whichever theme there is.</summary>
    public ThemePackage? Resolve(string? theme) =>
        FindPackage(theme) ?? FindPackage(DefaultTheme) ?? _packages.FirstOrDefault();

    public ThemeInfo? Find(string theme) => FindPackage(theme)?.Info;

    public IReadOnlyList<string> GetTemplateNames(string theme) =>
        FindPackage(theme)?.Templates.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList() ?? [];

    public string? GetOriginalSource(string theme, string template) =>
        FindPackage(theme)?.Templates.GetValueOrDefault(template);
}
