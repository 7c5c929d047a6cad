using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Jobs;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Kernel.Events;
using HuijinCardHub.Kernel.Jobs;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Kernel.Recipes;
using HuijinCardHub.Kernel.Recipes.Steps;
using HuijinCardHub.Kernel.Security;
using HuijinCardHub.Kernel.Settings;
using HuijinCardHub.Kernel.Setup;
using HuijinCardHub.Kernel.Sites;
using HuijinCardHub.Localization;
using HuijinCardHub.Recipes;
using HuijinCardHub.Security;
using HuijinCardHub.Settings;
using HuijinCardHub.Setup;
using HuijinCardHub.Shells;
using HuijinCardHub.Sites;
using HuijinCardHub.Theming;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Shells;

internal static class KernelShellServices
{
    /// <summary>What the kernel gives every shell before the features' startups run.</summary>
    public static IServiceCollection AddKernelShellServices(this IServiceCollection services, ShellSettings settings, IReadOnlyList<FeatureEntry> features)
    {
        services.AddHttpContextAccessor();
        // One cache per shell: a rebuild starts clean, so nothing survives a feature change by accident.
        services.AddMemoryCache();
        services.AddRouting();
        services.AddAuthorization();
        services.AddHuijinLocalization();
        // Chinese stays readable in Razor output instead of becoming &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddScoped<IEventPublisher, EventPublisher>();
        services.AddScoped<ISetupService, SetupService>();
        services.AddScoped<RecipeRunner>();
        services.AddScoped<IRecipeRunner>(sp => sp.GetRequiredService<RecipeRunner>());
        services.AddSingleton<IStorefrontAntiforgeryFilter, StorefrontAntiforgeryFilter>();
        if (settings.State != TenantState.Running)
        {
            return services;
        }

        services.AddModuleDbContext<KernelDbContext>();
        services.AddScoped<ShellFeaturesService>();
        services.AddScoped<IShellFeatures>(sp => sp.GetRequiredService<ShellFeaturesService>());
        services.AddSingleton<IThrottle, ShellThrottle>();
        services.AddScoped<ISettingsStore, SettingsStore>();
        services.AddSingleton<SettingsCache>();
        services.AddSingleton<ISettingsSectionProvider, CatalogSettingsSections>();
        services.AddScoped<ISiteStore, SiteStore>();
        services.AddScoped<ISiteAccessor, SiteAccessor>();
        services.AddScoped<IPublicLinks, PublicLinks>();
        services.AddScoped<ITemplateOverrideStore, TemplateOverrideStore>();
        services.AddScoped<IOutbox, Outbox>();
        services.AddSingleton<DurableSubscriptions>();
        services.AddScoped<IDurableEvents, DurableEvents>();
        services.AddScoped<IEventDeliveries, EventDeliveries>();
        services.AddScoped<IEventHandler<FeaturesChanged>, WaitingDeliveriesWakeUp>();
        services.AddScoped<HuijinCardHub.Net.IOutboundHttp, Net.OutboundHttp>();
        services.AddScoped<IRecipeStep, FeatureStep>();
        services.AddScoped<IRecipeStep, RecipesStep>();
        services.AddScoped<IRecipeStep, ThemesStep>();
        services.AddScoped<IRecipeStep, SettingsStep>();
        services.AddScoped<IRecipeStep, RolesStep>();
        var themes = features.Where(f => f.Info.IsTheme).Select(f => f.Module.Assembly).Distinct();
        // Only enabled modules' default pages: a switched-off module's pages are gone with its endpoints.
        var modules = features.Where(f => !f.Info.IsTheme).Select(f => f.Module.Assembly).Distinct();
        services.AddHuijinTheming(themes, modules);
        return services;
    }
}
