using HuijinCardHub.Catalog.Data;
using HuijinCardHub.Catalog.Recipes;
using HuijinCardHub.Catalog.Services;
using HuijinCardHub.Catalog.Services.Images;
using HuijinCardHub.Catalog.Services.Pricing;
using HuijinCardHub.Catalog.Storefront;
using HuijinCardHub.Data;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Pricing;
using HuijinCardHub.Recipes;
using HuijinCardHub.Security;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Catalog;

[Feature("HuijinCardHub.Catalog")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<CatalogDbContext>();
        services.AddSingleton<DescriptionSanitizer>();
        services.AddSingleton<CatalogCacheVersion>();
        services.AddSingleton<CatalogSnapshotLoads>();
        services.AddScoped<CatalogReader>();
        services.AddScoped<PriceLog>();
        services.AddScoped<CategoryService>();
        services.AddScoped<GoodsService>();
        services.AddScoped<MemberLevelService>();
        services.AddScoped<ICatalogQueries, CatalogQueries>();
        services.AddScoped<IBuyerInputValidator, BuyerInputValidator>();

        services.AddScoped<PriceCalculator>();
        services.AddScoped<IPriceCalculator>(sp => sp.GetRequiredService<PriceCalculator>());
        services.AddScoped<IPriceAdjuster, BasePriceAdjuster>();
        services.AddScoped<IPriceAdjuster, MemberDiscountAdjuster>();
        services.AddScoped<IPriceAdjuster, WholesaleTierAdjuster>();
        services.AddScoped<IPriceAdjuster, SiteMarkupAdjuster>();
        services.AddScoped<IPriceAdjuster, MarginFloorAdjuster>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();

        services.AddScoped<VisitorLevel>();
        services.AddScoped<GoodsPageBuilder>();
        services.AddScoped<IGoodsShowcase, GoodsShowcaseReader>();
        services.AddScoped<ILayoutDataProvider, CategoryLayoutProvider>();

        services.AddSingleton<GoodsImageStore>();
        services.AddScoped<GoodsImageAssignment>();

        services.AddScoped<IRecipeStep, CatalogRecipeStep>();
        services.AddScoped<IRecipeExportSource, CatalogExportSource>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => CatalogEndpoints.Map(endpoints);
}
