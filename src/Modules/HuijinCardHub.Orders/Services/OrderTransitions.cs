using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Moves an order from one state to the next with one conditional UPDATE (compare-and-set on the current state),
/// so two payment notifications, a payment racing the expiry job, or two staff members cannot both win.
/// </summary>
internal sealed class OrderTransitions(OrdersDbContext db, OrderTimeline timeline, IClock clock)
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.PendingPayment] = [OrderStatus.Paid, OrderStatus.Expired, OrderStatus.Cancelled, OrderStatus.Failed],
        // A payment that arrives after expiry or cancellation is still money received: it is honoured.
        [OrderStatus.Expired] = [OrderStatus.Paid],
        [OrderStatus.Cancelled] = [OrderStatus.Paid],
        [OrderStatus.Paid] = [OrderStatus.Delivering, OrderStatus.Failed, OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.Delivering] = [OrderStatus.Delivered, OrderStatus.Failed, OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.Delivered] = [OrderStatus.Completed, OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.Completed] = [OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.PartlyRefunded] = [OrderStatus.Refunded, OrderStatus.PartlyRefunded],
        [OrderStatus.Failed] = [OrderStatus.Refunded],
        [OrderStatus.Refunded] = [],
    };

    public static bool IsAllowed(OrderStatus from, OrderStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    /// <summary>True when this call made the change; false when the order was no longer in <paramref name="from"/>.</summary>
    public async Task<bool> TryMoveAsync(long orderId, OrderStatus from, OrderStatus to, Bilingual why, string actor,
        Action<UpdateSettersBuilder<Order>>? also = null, CancellationToken cancellationToken = default)
    {
        if (!IsAllowed(from, to))
        {
            throw new InvalidOperationException($"An order cannot go from {from} to {to}.");
        }

        var now = clock.UtcNow;
        var changed = await db.Orders.Where(o => o.Id == orderId && o.Status == from)
            .ExecuteUpdateAsync(s =>
            {
                s.SetProperty(o => o.Status, to).SetProperty(o => o.UpdatedUtc, now);
                also?.Invoke(s);
            }, cancellationToken);
        if (changed == 0)
        {
            return false;
        }

        timeline.Note(orderId, why, actor, from, to);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
