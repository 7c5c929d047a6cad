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
    /// embedded theme.json are skipped) and of the default storefront pages the enabled modules embed
    /// (<c>Views/Storefront/*.liquid</c>, in dependency order: the first module to ship a name wins), the Liquid
    /// sandbox, the parsed-template cache, the renderer, the preview and the storefront menus.
    /// </summary>
    public static IServiceCollection AddHuijinTheming(this IServiceCollection services, IEnumerable<Assembly> themeAssemblies, IEnumerable<Assembly>? moduleAssemblies = null)
    {
        ArgumentNullException.ThrowIfNull(themeAssemblies);
        var packages = themeAssemblies.Distinct().Select(EmbeddedThemeReader.Read).OfType<ThemePackage>().ToList();
        var modules = (moduleAssemblies ?? []).Distinct().Select(EmbeddedModuleTemplateReader.Read).OfType<ModuleTemplates>().ToList();
        return services.AddHuijinTheming(packages, modules);
    }

    /// <summary>Registers theming over themes and module pages already read (tests build them in memory).</summary>
    internal static IServiceCollection AddHuijinTheming(this IServiceCollection services, IReadOnlyList<ThemePackage> packages, IReadOnlyList<ModuleTemplates>? modules = null)
    {
        services.AddHttpContextAccessor();
        services.AddLogging();
        services.TryAddSingleton(sp => new ThemeCatalog(packages, modules, sp.GetService<Microsoft.Extensions.Logging.ILogger<ThemeCatalog>>()));
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
        services.TryAddSingleton<StorefrontMenuValues>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<ILayoutDataProvider, StorefrontMenusLayoutProvider>());
        return services;
    }
}
