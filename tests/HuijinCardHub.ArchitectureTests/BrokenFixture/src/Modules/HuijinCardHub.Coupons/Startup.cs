using HuijinCardHub.Modules;

namespace HuijinCardHub.Coupons;

[Feature("HuijinCardHub.Coupons")]
internal sealed class Startup : ModuleStartup
{
}
