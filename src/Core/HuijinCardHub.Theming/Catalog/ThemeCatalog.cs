using System.Collections.Concurrent;
using HuijinCardHub.Text;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Theming.Catalog;

/// <summary>
/// The themes of the host and the storefront pages of the enabled modules, read once per shell. A template's shipped
/// source is looked up along the theme's lineage (the theme, then its base themes), then among the modules' defaults,
/// then along the default theme's lineage (so a theme without a base still gets a layout); the merchant's override,
/// which wins over all of these, is the resolver's business.
/// </summary>
internal sealed class ThemeCatalog : IThemeCatalog
{
    /// <summary>The theme a site falls back to when its own is missing.</summary>
    public const string DefaultTheme = "Jade";

    private readonly IReadOnlyList<ThemePackage> _packages;
    private readonly IReadOnlyList<ModuleTemplates> _modules;
    private readonly Dictionary<ThemePackage, ThemeLineage> _lineages = new(ReferenceEqualityComparer.Instance);

    // Found origins only (an admin may ask for any name): every page asks twice, and the walk allocates.
    private readonly ConcurrentDictionary<(ThemePackage Theme, string Template), TemplateOrigin> _origins = new(OriginKeyComparer.Instance);

    public ThemeCatalog(IEnumerable<ThemePackage> packages, IEnumerable<ModuleTemplates>? modules = null, ILogger? logger = null)
    {
        _packages = packages.ToList();
        _modules = modules?.ToList() ?? [];
        foreach (var package in _packages)
        {
            var lineage = BuildLineage(package);
            _lineages[package] = lineage;
            if (lineage.Problem is { } problem)
            {
                logger?.LogWarning("Theme {Theme}: {Problem}", package.Name, problem.English);
            }
        }
    }

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

    public ThemeLineage LineageOf(ThemePackage theme) =>
        _lineages.TryGetValue(theme, out var lineage) ? lineage : new ThemeLineage([theme], null);

    /// <summary>The shipped source of a template for a theme, by the lookup order above; null when nobody ships it.</summary>
    public TemplateOrigin? FindOriginal(ThemePackage theme, string template)
    {
        if (_origins.TryGetValue((theme, template), out var known))
        {
            return known;
        }

        foreach (var candidate in Candidates(theme))
        {
            if (candidate.Templates.TryGetValue(template, out var source))
            {
                return _origins.GetOrAdd((theme, template), new TemplateOrigin(candidate.Owner, source));
            }
        }

        return null;
    }

    public ThemeInfo? Find(string theme) => FindPackage(theme)?.Info;

    public IReadOnlyList<string> GetTemplateNames(string theme) =>
        FindPackage(theme) is { } package
            ? Candidates(package).SelectMany(c => c.Templates.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList()
            : [];

    public string? GetOriginalSource(string theme, string template) =>
        FindPackage(theme) is { } package ? FindOriginal(package, template)?.Source : null;

    public string? GetTemplateOwner(string theme, string template) =>
        FindPackage(theme) is { } package ? FindOriginal(package, template)?.Owner : null;

    private IEnumerable<(string Owner, IReadOnlyDictionary<string, string> Templates)> Candidates(ThemePackage theme)
    {
        var lineage = LineageOf(theme).Themes;
        foreach (var package in lineage)
        {
            yield return (package.Name, package.Templates);
        }

        foreach (var module in _modules)
        {
            yield return (module.CacheKey, module.Templates);
        }

        if (FindPackage(DefaultTheme) is { } fallback && !lineage.Contains(fallback))
        {
            foreach (var package in LineageOf(fallback).Themes.Where(p => !lineage.Contains(p)))
            {
                yield return (package.Name, package.Templates);
            }
        }
    }

    /// <summary>Follows "baseTheme" up; a base that is not installed or a cycle ends the chain with the reason.</summary>
    private ThemeLineage BuildLineage(ThemePackage theme)
    {
        var chain = new List<ThemePackage> { theme };
        for (var current = theme; current.Info.BaseTheme is { } baseName;)
        {
            var parent = FindPackage(baseName);
            if (parent is null)
            {
                return new ThemeLineage(chain, new Bilingual(
                    $"主题 {current.Name} 的基础主题 {baseName} 未安装，缺少的模板改用默认主题和模块自带的版本",
                    $"The base theme {baseName} of theme {current.Name} is not installed; missing templates come from the default theme and the modules"));
            }

            if (chain.Contains(parent))
            {
                return new ThemeLineage(chain, new Bilingual(
                    $"主题 {current.Name} 的基础主题 {baseName} 又以它为基础（循环），继承到此为止",
                    $"The base theme {baseName} of theme {current.Name} inherits from it again (a cycle); inheritance stops there"));
            }

            chain.Add(parent);
            current = parent;
        }

        return new ThemeLineage(chain, null);
    }

    private sealed class OriginKeyComparer : IEqualityComparer<(ThemePackage Theme, string Template)>
    {
        public static readonly OriginKeyComparer Instance = new();

        public bool Equals((ThemePackage Theme, string Template) x, (ThemePackage Theme, string Template) y) =>
            ReferenceEquals(x.Theme, y.Theme) && string.Equals(x.Template, y.Template, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((ThemePackage Theme, string Template) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Theme), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Template));
    }
}
