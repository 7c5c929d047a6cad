using HuijinCardHub.CardCodes.Fulfilment;
using HuijinCardHub.Modules;
using HuijinCardHub.Orders.Fulfilment;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.CardCodes;

/// <summary>Glue: with Orders on too, code goods are fulfilled from this stock. Card codes work without Orders.</summary>
[Feature("HuijinCardHub.CardCodes")]
[RequireFeatures("HuijinCardHub.Orders")]
internal sealed class OrdersStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddScoped<IOrderLineFulfilment, CodeFulfilment>();
}
