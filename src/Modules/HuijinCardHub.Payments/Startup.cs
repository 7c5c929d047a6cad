using HuijinCardHub.Data;
using HuijinCardHub.Modules;
using HuijinCardHub.Payments.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Payments;

[Feature("HuijinCardHub.Payments")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<PaymentsDbContext>();
    }
}
