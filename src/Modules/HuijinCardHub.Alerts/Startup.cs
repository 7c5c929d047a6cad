using HuijinCardHub.Admin;
using HuijinCardHub.Alerts.Channels;
using HuijinCardHub.Alerts.Dashboard;
using HuijinCardHub.Alerts.Data;
using HuijinCardHub.Alerts.Services;
using HuijinCardHub.Alerts.Stock;
using HuijinCardHub.Data;
using HuijinCardHub.Jobs;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Alerts;

[Feature("HuijinCardHub.Alerts")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<AlertsDbContext>();
        services.AddScoped<AlertRecorder>();
        services.AddScoped<AlertChannels>();
        services.AddScoped<AlertBoard>();
        services.AddScoped<IAlertCenter, AlertCenter>();

        services.AddScoped<IOutboxHandler, EmailAlertHandler>();
        services.AddScoped<IOutboxHandler, WebhookAlertHandler>();

        services.AddScoped<LowStockWatch>();
        services.AddSingleton<IRecurringJob, LowStockJob>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IDashboardWidget, OpenAlertsWidget>();
    }
}
