using HuijinCardHub.Admin.Data;
using HuijinCardHub.Admin.Services.Audit;
using HuijinCardHub.Admin.Services.Dashboard;
using HuijinCardHub.Admin.Services.Settings;
using HuijinCardHub.Data;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Admin;

[Feature("HuijinCardHub.Admin")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddModuleDbContext<AdminDbContext>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditLogQuery>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();

        services.AddScoped<IDashboardWidget, ShopSummaryWidget>();
        services.AddScoped<DashboardRenderer>();

        services.AddScoped<SettingsSectionCatalog>();
        services.AddScoped<SettingsSectionStore>();
    }
}
