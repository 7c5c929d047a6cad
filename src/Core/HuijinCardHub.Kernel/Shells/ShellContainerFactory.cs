using System.Diagnostics;
using System.Diagnostics.Metrics;
using HuijinCardHub.Data;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Modules;
using HuijinCardHub.Shells;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Kernel.Shells;

/// <summary>
/// Builds a shell's own service provider: a few host singletons shared by reference, the kernel's
/// services, then each enabled feature's startup in dependency order.
/// </summary>
internal sealed class ShellContainerFactory(IServiceProvider host, ModuleCatalog catalog, ShellSettingsStore tenants)
{
    public ServiceProviderHolder Build(ShellSettings settings, IReadOnlyList<FeatureEntry> features)
    {
        var services = new ServiceCollection();
        ShareHostServices(services, settings);
        services.AddSingleton(settings);
        services.AddSingleton(new ShellInfo(settings.Name, settings.RequestUrlHost, settings.RequestUrlPrefix));
        services.AddSingleton(new EnabledFeatures(features));
        if (settings.State == TenantState.Running)
        {
            services.AddSingleton(tenants.DatabaseOf(settings));
            // One registration: a second one resolving the first made the scope dispose the connection twice.
            services.AddScoped<IShellDatabase, ShellDatabase>();
        }

        services.AddKernelShellServices(settings, features);
        AddMvc(services, features);

        var startups = OrderStartups(features);
        foreach (var startup in startups)
        {
            startup.ConfigureServices(services);
        }

        services.AddSingleton<IReadOnlyList<ModuleStartup>>(startups);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = false, ValidateOnBuild = false });
        return new ServiceProviderHolder(provider);
    }

    private void ShareHostServices(ServiceCollection services, ShellSettings settings)
    {
        // Shared by reference: one logging pipeline, one key ring, one clock, one meter factory for the process.
        services.AddSingleton(host.GetRequiredService<ILoggerFactory>());
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(host.GetRequiredService<IConfiguration>());
        services.AddSingleton(host.GetRequiredService<IWebHostEnvironment>());
        services.AddSingleton<IHostEnvironment>(host.GetRequiredService<IWebHostEnvironment>());
        services.AddSingleton(host.GetRequiredService<IHostApplicationLifetime>());
        services.AddSingleton(TenantProtection(settings));
        services.AddSingleton(host.GetRequiredService<IClock>());
        services.AddSingleton(host.GetRequiredService<Security.ThrottleCounters>());
        services.AddSingleton(host.GetRequiredService<AppDataFolder>());
        services.AddSingleton(host.GetRequiredService<ShellHost>());
        services.AddSingleton(host.GetRequiredService<ShellSettingsStore>());
        services.AddSingleton(host.GetRequiredService<Recipes.RecipeHarvester>());
        services.AddSingleton(host.GetRequiredService<Net.OutboundConnector>());
        services.AddSingleton(catalog);
        services.AddSingleton(host.GetRequiredService<IMeterFactory>());
        var diagnostics = host.GetRequiredService<DiagnosticListener>();
        services.AddSingleton(diagnostics);
        services.AddSingleton<DiagnosticSource>(diagnostics);
        services.AddOptions();
    }

    /// <summary>
    /// One key ring for the process, but each tenant's own purpose: a cookie, antiforgery token, order link or
    /// encrypted setting made by one tenant is refused by every other. The Default tenant keeps the host's purposes
    /// so a shop from before this rule keeps its sign-ins and its encrypted settings and code keys; no other tenant
    /// shares them, since each adds its own name.
    /// </summary>
    private IDataProtectionProvider TenantProtection(ShellSettings settings)
    {
        var root = host.GetRequiredService<IDataProtectionProvider>();
        return settings.IsDefault ? root : root.CreateProtector("HuijinCardHub.Tenant", settings.Name);
    }

    private static void AddMvc(ServiceCollection services, IReadOnlyList<FeatureEntry> features)
    {
        var assemblies = features.Select(f => f.Module.Assembly).Distinct().Where(a => a != typeof(ShellContainerFactory).Assembly).ToList();
        services.AddControllersWithViews()
            .ConfigureApplicationPartManager(parts =>
            {
                // Only enabled modules contribute controllers and views: a disabled feature's pages are gone.
                parts.ApplicationParts.Clear();
                foreach (var assembly in assemblies)
                {
                    foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
                    {
                        parts.ApplicationParts.Add(part);
                    }
                }

                // Controllers are internal sealed with their services in the constructor (docs/notes/admin-conventions.md).
                foreach (var provider in parts.FeatureProviders.OfType<Microsoft.AspNetCore.Mvc.Controllers.ControllerFeatureProvider>().ToList())
                {
                    parts.FeatureProviders.Remove(provider);
                }

                parts.FeatureProviders.Add(new Mvc.ModuleControllerFeatureProvider());
            });
    }

    private List<ModuleStartup> OrderStartups(IReadOnlyList<FeatureEntry> features)
    {
        var enabled = features.Select(f => f.Info.Id).ToHashSet(StringComparer.Ordinal);
        var instances = new List<ModuleStartup>();
        foreach (var feature in features)
        {
            foreach (var type in feature.Startups)
            {
                var glue = type.GetCustomAttributes(typeof(RequireFeaturesAttribute), false).Cast<RequireFeaturesAttribute>().FirstOrDefault();
                if (glue is not null && !glue.FeatureIds.All(enabled.Contains))
                {
                    continue;
                }

                instances.Add((ModuleStartup)ActivatorUtilities.CreateInstance(host, type));
            }
        }

        // Stable: features already come in dependency order; Order only reorders where a startup asks.
        return instances.Select((s, i) => (s, i)).OrderBy(x => x.s.Order).ThenBy(x => x.i).Select(x => x.s).ToList();
    }
}

/// <summary>The features this shell runs, in dependency order.</summary>
internal sealed record EnabledFeatures(IReadOnlyList<FeatureEntry> Features);
