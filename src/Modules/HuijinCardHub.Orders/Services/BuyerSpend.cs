using HuijinCardHub.Catalog;
using HuijinCardHub.Orders.Data;

namespace HuijinCardHub.Orders.Services;

/// <summary>A member's lifetime spend (paid minus refunded), which decides the member level.</summary>
internal sealed class BuyerSpend(OrdersDbContext db) : IBuyerSpendReader
{
    public async Task<Money> GetLifetimeSpendAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return new Money(await OrderReads.LifetimeSpendFenAsync(db, userId, cancellationToken) ?? 0);
    }
}
