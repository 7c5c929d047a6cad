using System.Runtime.CompilerServices;
using Fluid;
using Fluid.Values;
using HuijinCardHub.Sites;
using HuijinCardHub.Theming.Catalog;
using HuijinCardHub.Theming.Liquid;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// A page's <c>Site</c> and <c>Theme</c> values, built once per site and theme rather than on every page: the
/// merged settings and both maps were a good part of what a storefront page allocated, and a template reading
/// <c>Site.Name</c> four times wrapped the map four times. A changed site is a new <see cref="Site"/> instance
/// (the site store reloads), so it gets new values; the old ones go with the old instance.
/// </summary>
internal sealed class SiteLiquidValues(LiquidEnvironment liquid, ThemeCatalog catalog)
{
    private readonly ConditionalWeakTable<Site, Values> _bySite = [];

    public (FluidValue Site, FluidValue Theme) For(ThemePackage theme, Site site)
    {
        if (!_bySite.TryGetValue(site, out var values) || !ReferenceEquals(values.Package, theme))
        {
            values = Build(theme, site);
            _bySite.AddOrUpdate(site, values);
        }

        return (values.Site, values.Theme);
    }

    private Values Build(ThemePackage theme, Site site)
    {
        var settings = new DictionaryValue(new FluidValueDictionaryFluidIndexable(MergeSettings(catalog.LineageOf(theme).DefaultSettings, site)));
        return new Values(
            theme,
            Map(("Id", site.Id), ("Name", site.Name), ("Logo", site.LogoUrl), ("IsDefault", site.IsDefault), ("Settings", settings)),
            Map(("Name", theme.Info.Name), ("DisplayName", theme.Info.DisplayName), ("Settings", settings)));
    }

    /// <summary>theme.json defaults (a base theme's under its child's), overridden by the site's "theme.&lt;key&gt;" settings.</summary>
    private static Dictionary<string, FluidValue> MergeSettings(IReadOnlyDictionary<string, string> defaults, Site site)
    {
        var settings = new Dictionary<string, FluidValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in defaults)
        {
            settings[key] = new StringValue(value);
        }

        foreach (var (key, value) in site.Settings)
        {
            if (key.StartsWith("theme.", StringComparison.OrdinalIgnoreCase) && key.Length > "theme.".Length)
            {
                settings[key["theme.".Length..]] = new StringValue(value);
            }
        }

        return settings;
    }

    /// <summary>Read-only to templates: nothing in Liquid can change a map it is given.</summary>
    private DictionaryValue Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, FluidValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            map[key] = value as FluidValue ?? FluidValue.Create(value, liquid.Options);
        }

        return new DictionaryValue(new FluidValueDictionaryFluidIndexable(map));
    }

    private sealed record Values(ThemePackage Package, FluidValue Site, FluidValue Theme);
}
