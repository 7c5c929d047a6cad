using HuijinCardHub.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Payments.Balance;

[Feature("HuijinCardHub.Payments.Balance")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
    }
}
