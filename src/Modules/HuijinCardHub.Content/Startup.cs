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

        services.AddSingleton<IPermissionProvider, Permissions>();
        services.AddScoped<INavigationProvider, AdminMenu>();

        services.AddScoped<ILayoutDataProvider, NavigationLayoutProvider>();
        services.AddSingleton<ITemplateSampleProvider, ContentSampleProvider>();

        services.AddScoped<IRecipeStep, PagesRecipeStep>();
        services.AddScoped<IRecipeExportSource, PagesExportSource>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => StorefrontEndpoints.Map(endpoints);
}
