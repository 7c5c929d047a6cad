using HuijinCardHub.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Payments.Alipay;

[Feature("HuijinCardHub.Payments.Alipay")]
internal sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
    }
}
