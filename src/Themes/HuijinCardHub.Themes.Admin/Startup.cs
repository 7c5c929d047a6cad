using HuijinCardHub.Modules;
using HuijinCardHub.Themes.Admin.Navigation;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Themes.Admin;

[Feature("HuijinCardHub.Themes.Admin")]
internal sealed class Startup : ModuleStartup
{
    // Before every module, so the menu is there whatever order the others register in.
    public override int Order => -100;

    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<AdminMenuBuilder>();
}
