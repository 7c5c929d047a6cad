using HuijinCardHub.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Payments.UnionPay;

[Feature("HuijinCardHub.Payments.UnionPay")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
    }
}
