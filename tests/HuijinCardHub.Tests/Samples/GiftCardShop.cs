using HuijinCardHub.Catalog;
using HuijinCardHub.Kernel.Data;
using HuijinCardHub.Orders;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Recipes;
using HuijinCardHub.Samples.GiftCards.Data;
using HuijinCardHub.Samples.GiftCards.Domain;
using HuijinCardHub.Samples.GiftCards.Services;
using HuijinCardHub.Shells;
using HuijinCardHub.Tests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuijinCardHub.Tests.Samples;

/// <summary>
/// The orders shop with the sample plugin (tests/HuijinCardHub.Samples.GiftCards) switched on, as a merchant would
/// from the features page, and a gift-card goods of the plugin's kind written in a recipe as "kind-100".
/// </summary>
public sealed class GiftCardShop : OrdersShop, IAsyncLifetime
{
    public const string Feature = "HuijinCardHub.Samples.GiftCards";

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await SwitchAsync(on: true);
        await WithAsync(async s =>
        {
            await s.GetRequiredService<IRecipeRunner>().RunJsonAsync("""
                { "name": "gift-cards", "steps": [ { "name": "catalog", "goods": [
                  { "slug": "jd-gift-card", "name": "京东电子礼品卡 100元", "category": "cards", "kind": "kind-100",
                    "variants": [ { "name": "100元", "price": "98.00", "cost": "95.00" } ] } ] } ] }
                """);
            return 0;
        });
    }

    internal async Task<VariantInfo> GiftCardAsync() => (await GoodsAsync("jd-gift-card")).Variants[0];

    internal async Task SwitchAsync(bool on)
    {
        await using var scope = await ShellScopeAsync();
        var features = scope.ServiceProvider.GetRequiredService<IShellFeatures>();
        await (on ? features.EnableAsync([Feature]) : features.DisableAsync([Feature]));
    }

    internal Task<HuijinCardHub.Orders.Domain.Order> OrderAsync(string orderNo) =>
        WithAsync(s => s.GetRequiredService<OrdersDbContext>().Orders.AsNoTrackingWithLines(orderNo));

    /// <summary>The payment channel says the order is paid (the sandbox "instant" channel, as other order tests do).</summary>
    internal async Task PayAsync(string orderNo)
    {
        var order = await OrderAsync(orderNo);
        await WithAsync(s => s.GetRequiredService<IOrderPayments>().ConfirmPaidAsync(orderNo, order.Total, "instant", "T-" + orderNo));
    }

    internal Task<List<GiftCardPurchase>> PurchasesAsync(string orderNo) => WithAsync(s => s.GetRequiredService<GiftCardsDbContext>()
        .Purchases.AsNoTracking().Where(p => p.OrderNo == orderNo).ToListAsync());

    internal Task<List<IssuedGiftCard>> CardsAsync(string orderNo) => WithAsync(s => s.GetRequiredService<GiftCardsDbContext>()
        .Cards.AsNoTracking().Where(c => c.Holder.StartsWith(orderNo + "#")).OrderBy(c => c.Id).ToListAsync());

    /// <summary>Durable deliveries written for the sample's OrderPaid subscriber about this order.</summary>
    internal Task<int> RecorderDeliveriesAsync(string orderNo)
    {
        var handler = typeof(GiftCardPurchaseRecorder).FullName;
        return WithAsync(s => s.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking()
            .CountAsync(o => o.Handler == handler && o.Payload.Contains(orderNo)));
    }

    /// <summary>Deliveries of OrderPaid about this order, for any subscriber.</summary>
    internal Task<int> PaidDeliveriesAsync(string orderNo)
    {
        var paid = typeof(OrderPaid).FullName;
        return WithAsync(s => s.GetRequiredService<KernelDbContext>().Outbox.AsNoTracking()
            .CountAsync(o => o.EventType == paid && o.Payload.Contains(orderNo)));
    }

    internal static GoodsKind Kind => GiftCardKind.Goods;
}

[CollectionDefinition(Name)]
public sealed class GiftCardCollection : ICollectionFixture<GiftCardShop>
{
    public const string Name = "Gift card sample shop";
}
