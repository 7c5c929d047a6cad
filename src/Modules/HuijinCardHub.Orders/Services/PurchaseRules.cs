using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// The limits a line must keep beyond price: quantity per order, per buyer per day, and manual stock
/// (for manual and top-up goods the merchant's stock figure less the units in orders not yet fulfilled), and the units
/// one visitor's unpaid orders may hold.
/// </summary>
internal sealed class PurchaseRules(OrdersDbContext db, ShellSql sql, IClock clock)
{
    public const int AbsoluteMaxQuantity = 10_000;

    /// <summary>The first keys of PostgreSQL's two-key advisory locks these rules take ("HJMS", "HJDL"); the second is the variant or goods.</summary>
    private const int ManualStockLockClass = 0x484A4D53;
    private const int DailyLimitLockClass = 0x484A444C;

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

        var since = ShopTime.TodayStartUtc(clock.UtcNow);
        var orders = db.Orders.Where(o => o.CreatedUtc >= since && OrderStatuses.Live.Contains(o.Status));
        orders = userId is not null ? orders.Where(o => o.UserId == userId) : orders.Where(o => o.UserId == null && o.Contact == contact);
        var already = await db.Lines.Where(l => l.GoodsId == goods.Summary.Id && orders.Select(o => o.Id).Contains(l.OrderId))
            .SumAsync(l => (int?)l.Quantity, cancellationToken) ?? 0;
        return already + quantity > limit ? OrderErrors.DailyLimit(goods.Summary.Name, limit, already) : null;
    }

    /// <summary>
    /// The daily limit again inside the transaction that places the order (call for one goods after another in id
    /// order, with the cart's whole quantity of it). On PostgreSQL it first locks the goods until the transaction ends,
    /// so two orders a buyer sends at once count one after the other; SQLite's writer queue does that already.
    /// </summary>
    public async Task<Bilingual?> CheckDailyLimitInTransactionAsync(GoodsDetail goods, int quantity, string? userId, string? contact, CancellationToken cancellationToken)
    {
        await LockAsync(DailyLimitLockClass, goods.Summary.Id, cancellationToken);
        return await CheckDailyLimitAsync(goods, quantity, userId, contact, cancellationToken);
    }

    /// <summary>
    /// Call inside the transaction that places the order, for one variant after another in id order. On PostgreSQL it
    /// first takes a lock on the variant until that transaction ends: without it, two checkouts for the last unit
    /// both counted the units held before either had written its line, and both passed. SQLite's writer queue
    /// already puts placing transactions one after another.
    /// </summary>
    public async Task<bool> HasManualStockAsync(VariantInfo variant, int quantity, CancellationToken cancellationToken)
    {
        if (variant.ManualStock is not { } stock)
        {
            return true;
        }

        await LockAsync(ManualStockLockClass, variant.Id, cancellationToken);
        return await HeldManualUnitsAsync(variant.Id, cancellationToken) + quantity <= stock;
    }

    /// <summary>Units of the variant in orders not handed over yet (pending payment, paid, delivering).</summary>
    public async Task<int> HeldManualUnitsAsync(long variantId, CancellationToken cancellationToken) =>
        await db.Lines
            .Where(l => l.VariantId == variantId && !l.Fulfilled &&
                db.Orders.Any(o => o.Id == l.OrderId && OrderStatuses.Unfulfilled.Contains(o.Status)))
            .SumAsync(l => (int?)l.Quantity, cancellationToken) ?? 0;

    /// <summary>
    /// Stock held by unpaid orders is stock nobody else can buy: the units held by unpaid orders of this order's visitor
    /// address, member or contact, with this order's, stay within <paramref name="limit"/> (0: no limit). One query over
    /// the orders' indexes, inside the placing transaction (SQLite's writer queue puts two checkouts one after the
    /// other; on PostgreSQL two at the very same moment may both pass, which the per-minute limits keep to a few).
    /// </summary>
    public async Task CheckUnpaidUnitsAsync(Order order, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0 || order.ClientIp is null && order.UserId is null && order.Contact is null)
        {
            return;
        }

        var (clientIp, userId, contact) = (order.ClientIp, order.UserId, order.Contact);
        var unpaid = db.Orders.Where(o => o.Status == OrderStatus.PendingPayment &&
            ((clientIp != null && o.ClientIp == clientIp) || (userId != null && o.UserId == userId) || (contact != null && o.Contact == contact)));
        var held = await db.Lines.Where(l => unpaid.Select(o => o.Id).Contains(l.OrderId)).SumAsync(l => (int?)l.Quantity, cancellationToken) ?? 0;
        if (held + order.Lines.Sum(l => l.Quantity) > limit)
        {
            throw new ShopException(OrderErrors.UnpaidUnits(limit, held));
        }
    }

    /// <summary>PostgreSQL only: waits for, then holds until the transaction ends, the lock of this rule on this id.</summary>
    private async Task LockAsync(int lockClass, long id, CancellationToken cancellationToken)
    {
        if (!sql.IsPostgres)
        {
            return;
        }

        await using var wait = sql.Command("SELECT pg_advisory_xact_lock(@class, @id)");
        ShellSql.Add(wait, "@class", lockClass);
        // Two ids sharing their low 32 bits would only wait for each other, never count wrong.
        ShellSql.Add(wait, "@id", unchecked((int)id));
        await wait.ExecuteNonQueryAsync(cancellationToken);
    }
}
