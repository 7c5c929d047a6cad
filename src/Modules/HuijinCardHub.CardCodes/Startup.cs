using HuijinCardHub.CardCodes.Data;
using HuijinCardHub.CardCodes.Recipes;
using HuijinCardHub.CardCodes.Services;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Recipes;
using HuijinCardHub.Security;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.CardCodes;

[Feature("HuijinCardHub.CardCodes")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<CardCodesDbContext>();
        services.AddSingleton<CodeKeyCache>();
        services.AddSingleton<StockCountVersion>();
        services.AddMemoryCache();
        services.AddScoped<CodeKeyStore>();
        services.AddScoped<CodeImporter>();
        services.AddScoped<CodeReservations>();
        services.AddScoped<CodeVault>();
        services.AddScoped<CodeStockBrowser>();
        services.AddScoped<SampleSales>();
        services.AddScoped<CodeStock>();
        services.AddScoped<ICodeStock>(sp => sp.GetRequiredService<CodeStock>());
        services.AddScoped<IStockReader, CodeStockReader>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();
        services.AddScoped<IRecipeStep, CardCodesRecipeStep>();
    }
}
