using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Modules;
using HuijinCardHub.Navigation;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Samples.GiftCards.Data;
using HuijinCardHub.Samples.GiftCards.Services;
using HuijinCardHub.Samples.GiftCards.Storefront;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Samples.GiftCards;

/// <summary>Everything the feature adds, in one place: switched off, none of it is registered or mapped.</summary>
[Feature(FeatureId)]
internal sealed class Startup : ModuleStartup
{
    public const string FeatureId = "HuijinCardHub.Samples.GiftCards";

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleDbContext<GiftCardsDbContext>();
        services.AddScoped<IOrderLineFulfilment, GiftCardFulfilment>();
        services.AddDurableEventHandler<OrderPaid, GiftCardPurchaseRecorder>();
        services.AddScoped<IStorefrontMenuProvider, GiftCardsMenu>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => GiftCardsPage.Map(endpoints);
}
