using System.Reflection;
using HuijinCardHub.Theming.Catalog;
using HuijinCardHub.Theming.Codes;
using HuijinCardHub.Theming.Liquid;
using HuijinCardHub.Theming.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuijinCardHub.Theming;

public static class ThemingServiceCollectionExtensions
{
    /// <summary>
    /// Registers storefront theming for a shell: the catalog of the given theme assemblies (those without an
    /// embedded theme.json are skipped), the Liquid sandbox, the parsed-template cache, the renderer and the preview.
    /// </summary>
    public static IServiceCollection AddHuijinTheming(this IServiceCollection services, IEnumerable<Assembly> themeAssemblies)
    {
        ArgumentNullException.ThrowIfNull(themeAssemblies);
        var packages = themeAssemblies.Distinct().Select(EmbeddedThemeReader.Read).OfType<ThemePackage>().ToList();
        return services.AddHuijinTheming(packages);
    }

    /// <summary>Registers theming over themes already read (tests build them in memory).</summary>
    internal static IServiceCollection AddHuijinTheming(this IServiceCollection services, IReadOnlyList<ThemePackage> packages)
    {
        services.AddHttpContextAccessor();
        services.AddLogging();
        services.TryAddSingleton(new ThemeCatalog(packages));
        services.TryAddSingleton<IThemeCatalog>(sp => sp.GetRequiredService<ThemeCatalog>());
        services.TryAddSingleton<LiquidEnvironment>();
        services.TryAddSingleton<ParsedTemplateCache>();
        services.TryAddSingleton<SiteLiquidValues>();
        services.TryAddSingleton<CodesOnPage>();
        services.TryAddSingleton<ICodesOnPage>(sp => sp.GetRequiredService<CodesOnPage>());
        services.TryAddScoped<StorefrontContextFactory>();
        services.TryAddScoped<TemplateSourceResolver>();
        services.TryAddScoped<PageComposer>();
        services.TryAddScoped<IStorefrontRenderer, StorefrontRenderer>();
        services.TryAddScoped<ITemplatePreview, TemplatePreview>();
        return services;
    }
}
