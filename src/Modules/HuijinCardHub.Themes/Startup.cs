using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Security;
using HuijinCardHub.Themes.Services;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Themes;

[Feature("HuijinCardHub.Themes")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IContentHosts, ContentHosts>();
    }
}
