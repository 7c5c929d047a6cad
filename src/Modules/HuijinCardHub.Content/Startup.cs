using HuijinCardHub.Content.Data;
using HuijinCardHub.Content.Recipes;
using HuijinCardHub.Content.Services;
using HuijinCardHub.Content.Storefront;
using HuijinCardHub.Data;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Recipes;
using HuijinCardHub.Security;
using HuijinCardHub.Theming;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Content;

[Feature("HuijinCardHub.Content")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<ContentDbContext>();
        services.AddSingleton<PageBodySanitizer>();
        services.AddScoped<PageService>();
        services.AddScoped<PublishedPages>();
        services.AddSingleton<PublishedPagesVersion>();
        services.AddScoped<AnnouncementService>();
        services.AddScoped<BannerService>();
        services.AddScoped<NavigationLinkService>();
        services.AddScoped<StorefrontContent>();
        services.AddSingleton<StorefrontContentVersion>();

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();

        services.AddScoped<ILayoutDataProvider, NavigationLayoutProvider>();
        services.AddScoped<ILayoutDataProvider, AnnouncementBarLayoutProvider>();
        services.AddScoped<IStorefrontMenuProvider, ContentStorefrontMenu>();
        services.AddSingleton<ITemplateSampleProvider, ContentSampleProvider>();

        services.AddScoped<IRecipeStep, PagesRecipeStep>();
        services.AddScoped<IRecipeExportSource, PagesExportSource>();
        services.AddScoped<IRecipeStep, AnnouncementsRecipeStep>();
        services.AddScoped<IRecipeStep, BannersRecipeStep>();
        services.AddScoped<IRecipeStep, NavigationRecipeStep>();
        services.AddScoped<IRecipeExportSource, StorefrontContentExportSource>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => StorefrontEndpoints.Map(endpoints);
}
