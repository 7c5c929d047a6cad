using HuijinCardHub.Catalog;
using HuijinCardHub.Events;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Search.Services;
using HuijinCardHub.Security;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Search;

[Feature("HuijinCardHub.Search")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ShellGoodsIndex>();
        services.AddScoped<GoodsIndexer>();
        services.AddScoped<IGoodsSearch, LuceneGoodsSearch>();
        services.AddScoped<IEventHandler<GoodsChanged>, GoodsChangedHandler>();
        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
    }
}
