using System.Reflection;
using HuijinCardHub.Kernel.Events;
using HuijinCardHub.Kernel.Jobs;
using HuijinCardHub.Kernel.Modules;
using HuijinCardHub.Kernel.Recipes;
using HuijinCardHub.Kernel.Shells;
using HuijinCardHub.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace HuijinCardHub.Kernel.Hosting;

/// <summary>The host side of the kernel: what Program.cs calls, so it stays a few lines.</summary>
public static class HuijinCardHubHost
{
    public const string MeterName = "HuijinCardHub";

    public static WebApplicationBuilder AddHuijinCardHub(this WebApplicationBuilder builder, Assembly? hostAssembly = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var appData = new AppDataFolder(configuration["HuijinCardHub:AppData"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data"));
        Directory.CreateDirectory(appData.Root);

        builder.WebHost.UseStaticWebAssets();
        if (!builder.Environment.IsDevelopment() && configuration.GetValue("HuijinCardHub:JsonLogs", true))
        {
            builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
        }

        var services = builder.Services;
        services.AddSingleton(appData);
        // The request context factory only fills the (static) accessor slot when the host registers it; shells read it.
        services.AddHttpContextAccessor();
        services.AddSingleton(ModuleCatalog.FromHost(hostAssembly ?? Assembly.GetEntryAssembly()!));
        services.AddSingleton<IClock, SystemClock>();
        // One set of throttle counts for the process: shells come and go, a guesser's count must not.
        services.AddSingleton<Security.ThrottleCounters>();
        services.AddSingleton<ShellSettingsStore>();
        services.AddSingleton<ShellHost>();
        services.AddSingleton<ShellContainerFactory>();
        services.AddSingleton<RecipeHarvester>();
        // One outbound connection pool for the whole host, whatever the number of tenants and shell rebuilds.
        services.AddSingleton<Net.OutboundConnector>();
        services.AddHostedService<ShellStartupService>();
        services.AddHostedService<BackgroundWorker>();
        services.AddDataProtection()
            .SetApplicationName("HuijinCardHub")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(appData.Root, "DataProtection-Keys")));
        services.AddHealthChecks().AddCheck<ShellsReadyHealthCheck>("shells", tags: ["ready"]);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(MeterName, "System.Runtime")
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter());
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            if (configuration.GetValue("HuijinCardHub:TrustAllProxies", false))
            {
                // Behind a proxy whose address is not known in advance (a container network).
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            }
        });
        return builder;
    }

    public static WebApplication UseHuijinCardHub(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<NulCharacterGuard>();
        app.UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.UseMiddleware<MetricsGate>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint();
        app.UseStaticFiles();
        app.UseMiddleware<TenantRouterMiddleware>();
        return app;
    }
}
