using HuijinCardHub.Catalog;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>A member's lifetime spend (paid minus refunded), which decides the member level.</summary>
internal sealed class BuyerSpend(OrdersDbContext db) : IBuyerSpendReader
{
    public async Task<Money> GetLifetimeSpendAsync(string userId, CancellationToken cancellationToken = default)
    {
        var fen = await db.Orders.Where(o => o.UserId == userId && OrderStatuses.PaidOrLater.Contains(o.Status))
            .SumAsync(o => (long?)(o.TotalFen - o.RefundedFen), cancellationToken);
        return new Money(fen ?? 0);
    }
}
