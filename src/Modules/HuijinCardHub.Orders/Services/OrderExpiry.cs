using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Ends unpaid orders whose time is up (or that the buyer cancels) and gives their codes back to stock, in one
/// transaction per order. The compare-and-set on "pending payment" means a payment racing the expiry wins or
/// loses cleanly; a payment that loses is still honoured later (see <see cref="OrderPayments"/>).
/// </summary>
internal sealed class OrderExpiry(
    OrdersDbContext db,
    OrderTransitions transitions,
    OrderReservations reservations,
    IUnitOfWork unitOfWork,
    IDurableEvents events,
    IClock clock)
{
    public const int BatchSize = 200;

    /// <summary>Expires every due order; returns how many.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var now = clock.UtcNow;
            var due = await db.Orders.AsNoTracking()
                .Where(o => o.Status == OrderStatus.PendingPayment && o.ExpiresUtc <= now)
                .OrderBy(o => o.ExpiresUtc).Select(o => o.OrderNo).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var orderNo in due)
            {
                total += await EndAsync(orderNo, OrderStatus.Expired, new Bilingual("超时未支付，订单已过期，库存已释放", "Not paid in time; expired and stock released"), "system", cancellationToken) ? 1 : 0;
            }

            if (due.Count < BatchSize)
            {
                return total;
            }
        }
    }

    /// <summary>Expires this order when its time is up (pages call it, so a stopped worker never shows a stale order).</summary>
    public async Task ExpireIfDueAsync(Order order, CancellationToken cancellationToken)
    {
        if (order.Status == OrderStatus.PendingPayment && order.ExpiresUtc <= clock.UtcNow &&
            await EndAsync(order.OrderNo, OrderStatus.Expired, new Bilingual("超时未支付，订单已过期，库存已释放", "Not paid in time; expired and stock released"), "system", cancellationToken))
        {
            order.Status = OrderStatus.Expired;
        }
    }

    public Task<bool> CancelAsync(string orderNo, string actor, CancellationToken cancellationToken) =>
        EndAsync(orderNo, OrderStatus.Cancelled, new Bilingual("订单已取消，库存已释放", "Order cancelled; stock released"), actor, cancellationToken);

    private async Task<bool> EndAsync(string orderNo, OrderStatus end, Bilingual why, string actor, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var order = await OrderReads.WithLinesByNumberAsync(db, orderNo, cancellationToken);
        if (order is null || !await transitions.TryMoveAsync(order.Id, OrderStatus.PendingPayment, end, why, actor, null, cancellationToken))
        {
            return false;
        }

        await reservations.ReleaseAsync(orderNo, order.Lines, cancellationToken);
        var now = clock.UtcNow;
        await (end == OrderStatus.Expired
            ? events.PublishAsync(new OrderExpired(OrderSnapshots.Of(order), now), cancellationToken)
            : events.PublishAsync(new OrderCancelled(OrderSnapshots.Of(order), actor, now), cancellationToken));

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
