using HuijinCardHub.Kernel.Hosting;
using HuijinCardHub.Localization;
using HuijinCardHub.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Kernel.Shells;

/// <summary>Builds a shell's own request pipeline once, from its own services and its features' startups.</summary>
internal static class ShellPipelineFactory
{
    public static RequestDelegate Build(IServiceProvider services)
    {
        var startups = services.GetRequiredService<IReadOnlyList<ModuleStartup>>();
        var app = new ApplicationBuilder(services);
        app.UseMiddleware<ShellContentPolicyMiddleware>();
        app.UseMiddleware<Sites.SiteHostGate>();
        app.UseHuijinRequestLocalization();
        app.UseStatusCodePages(NotFoundPage.WriteAsync);
        foreach (var startup in startups)
        {
            startup.Configure(app);
        }

        app.UseRouting();
        app.UseAuthorization();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapCultureSwitch();
            foreach (var startup in startups)
            {
                startup.MapEndpoints(endpoints);
            }

            endpoints.MapControllers();
        });
        return app.Build();
    }
}
