using HuijinCardHub.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Payments.Sandbox;

[Feature("HuijinCardHub.Payments.Sandbox")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
    }
}
