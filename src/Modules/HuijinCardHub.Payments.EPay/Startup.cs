using HuijinCardHub.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Payments.EPay;

[Feature("HuijinCardHub.Payments.EPay")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
    }
}
