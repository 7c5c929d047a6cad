using System.Globalization;
using Fluid;
using HuijinCardHub.Sites;
using HuijinCardHub.Theming.Catalog;
using HuijinCardHub.Theming.Liquid;
using Microsoft.AspNetCore.Http;

namespace HuijinCardHub.Theming.Rendering;

/// <summary>
/// Fills a template context with what every storefront page may show: Model, Site, Theme, Page, Request,
/// Culture and Layout. Everything but Model is built from dictionaries, so nothing else is reachable.
/// </summary>
internal sealed class StorefrontContextFactory(
    LiquidEnvironment liquid,
    ThemeCatalog catalog,
    SiteLiquidValues siteValues,
    IEnumerable<ILayoutDataProvider> layoutProviders,
    IHttpContextAccessor httpContextAccessor)
{
    public async Task<TemplateContext> CreateAsync(ThemePackage theme, Site site, object? model, string? title, CancellationToken cancellationToken)
    {
        var context = liquid.CreateContext();
        context.CultureInfo = CultureInfo.CurrentCulture;
        context.AmbientValues[TranslateFilter.ThemeKey] = catalog.LineageOf(theme);

        var (siteValue, themeValue) = siteValues.For(theme, site);
        context.SetValue("Model", model);
        context.SetValue("Site", siteValue);
        context.SetValue("Theme", themeValue);
        context.SetValue("Page", Map(("Title", string.IsNullOrWhiteSpace(title) ? site.Name : title)));
        context.SetValue("Request", RequestValues());
        context.SetValue("Culture", CultureInfo.CurrentUICulture.Name);

        var layout = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in layoutProviders)
        {
            await provider.PopulateAsync(layout, cancellationToken);
        }

        context.SetValue("Layout", layout);
        return context;
    }

    private Dictionary<string, object?> RequestValues()
    {
        var request = httpContextAccessor.HttpContext?.Request;
        if (request is null)
        {
            return Map(("Path", "/"), ("Url", "/"));
        }

        var path = (request.PathBase + request.Path).Value;
        path = string.IsNullOrEmpty(path) ? "/" : path;
        return Map(("Path", path), ("Url", path + request.QueryString.Value));
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map;
    }
}
