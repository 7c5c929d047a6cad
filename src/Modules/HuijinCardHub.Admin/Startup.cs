using HuijinCardHub.Admin.Data;
using HuijinCardHub.Admin.Dashboard;
using HuijinCardHub.Admin.Desk;
using HuijinCardHub.Admin.Services;
using HuijinCardHub.Admin.Services.Audit;
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
        services.AddScoped<IAdminDesk, AdminDesk>();
        services.AddScoped<AuditLogQuery>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();

        services.AddScoped<IDashboardWidget, ShopSummaryWidget>();
        services.AddScoped<DashboardCards>();

        services.AddScoped<SettingsSectionCatalog>();
        services.AddScoped<SettingsForm>();
        services.AddScoped<ModuleText>();
        services.AddScoped<FeatureDirectory>();
        services.AddScoped<PermissionGate>();
        services.AddScoped<SettingsSectionStore>();
    }
}
