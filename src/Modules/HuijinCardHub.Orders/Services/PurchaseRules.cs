using HuijinCardHub.Catalog;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The limits a line must keep beyond price: quantity per order, per buyer per day, and manual stock
/// (for manual and top-up goods the merchant's stock figure less the units in orders not yet fulfilled).
/// </summary>
internal sealed class PurchaseRules(OrdersDbContext db, IClock clock)
{
    public const int AbsoluteMaxQuantity = 10_000;

    public static Bilingual? CheckQuantity(GoodsDetail goods, int quantity)
    {
        var min = Math.Max(1, goods.Limits.MinPerOrder);
        var max = Math.Min(AbsoluteMaxQuantity, goods.Limits.MaxPerOrder <= 0 ? AbsoluteMaxQuantity : goods.Limits.MaxPerOrder);
        return quantity < min || quantity > max ? OrderErrors.Quantity(min, max) : null;
    }

    /// <summary>Buyer: the member id, or for a guest the contact they gave.</summary>
    public async Task<Bilingual?> CheckDailyLimitAsync(GoodsDetail goods, int quantity, string? userId, string? contact, CancellationToken cancellationToken)
    {
        if (goods.Limits.MaxPerBuyerPerDay is not { } limit)
        {
            return null;
        }

        var since = ChinaTime.TodayStartUtc(clock.UtcNow);
        var orders = db.Orders.Where(o => o.CreatedUtc >= since && OrderStatuses.Live.Contains(o.Status));
        orders = userId is not null ? orders.Where(o => o.UserId == userId) : orders.Where(o => o.UserId == null && o.Contact == contact);
        var already = await db.Lines.Where(l => l.GoodsId == goods.Summary.Id && orders.Select(o => o.Id).Contains(l.OrderId))
            .SumAsync(l => (int?)l.Quantity, cancellationToken) ?? 0;
        return already + quantity > limit ? OrderErrors.DailyLimit(goods.Summary.Name, limit, already) : null;
    }

    public async Task<bool> HasManualStockAsync(VariantInfo variant, int quantity, CancellationToken cancellationToken)
    {
        if (variant.ManualStock is not { } stock)
        {
            return true;
        }

        var held = await db.Lines
            .Where(l => l.VariantId == variant.Id && !l.Fulfilled &&
                db.Orders.Any(o => o.Id == l.OrderId && OrderStatuses.Unfulfilled.Contains(o.Status)))
            .SumAsync(l => (int?)l.Quantity, cancellationToken) ?? 0;
        return held + quantity <= stock;
    }
}
