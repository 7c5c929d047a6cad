using HuijinCardHub.Alerts;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Jobs;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Hands over a paid order, exactly once: the paid → delivering move is a compare-and-set, each line's fulfilment
/// (by its goods kind) delivers idempotently, and everything happens in one transaction. Lines that wait for staff or
/// a supplier leave the order delivering; when stock is short (codes an expiry gave back before a late payment) the
/// whole delivery rolls back, an alert is raised and the outbox retries (importing codes then completes it). An order
/// a checkout check held for review stays paid until staff release it.
/// </summary>
internal sealed class OrderDelivery(
    OrdersDbContext db,
    OrderTransitions transitions,
    LineFulfilments fulfilments,
    OrderAlerts alerts,
    IUnitOfWork unitOfWork,
    ShellSql sql,
    IOutbox outbox,
    IDurableEvents events,
    IClock clock)
{
    private const string FulfilAllLines = $"UPDATE {OrderTables.Lines} SET \"Fulfilled\" = @yes WHERE \"OrderId\" = @order";
    private const string FulfilLine = $"UPDATE {OrderTables.Lines} SET \"Fulfilled\" = @yes WHERE \"OrderId\" = @order AND \"Id\" = @line";

    /// <param name="deliveryJob">
    /// The outbox job this delivery stands in for, right after the payment (0: none, e.g. the job itself); marked
    /// done with the delivery.
    /// </param>
    /// <param name="paid">
    /// Called right after the payment: the order with its lines as the payment read it and moved it to paid, so
    /// nothing needs reading (the move to delivering is still a compare-and-set). Null: read it here.
    /// </param>
    /// <returns>The order's status after this call; null when there is no such order.</returns>
    public async Task<OrderStatus?> DeliverAsync(string orderNo, CancellationToken cancellationToken, long deliveryJob = 0, Order? paid = null)
    {
        try
        {
            return await DeliverInTransactionAsync(orderNo, deliveryJob, paid, cancellationToken);
        }
        catch (ShopException exception)
        {
            await alerts.RaiseAsync(new AlertNotice(AlertKinds.OutOfStockAtPayment, AlertSeverity.Critical,
                new Bilingual("已支付订单缺货，待补货后自动发货", "A paid order is out of stock; it is delivered once codes are imported"),
                exception.Text.ToString(), orderNo), cancellationToken);
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Anything else (database down, a bug): the outbox retries; the merchant hears of it meanwhile.
            await alerts.RaiseAsync(new AlertNotice(AlertKinds.DeliveryFailed, AlertSeverity.Critical,
                new Bilingual("已支付订单发货失败，系统将自动重试", "Delivery of a paid order failed; it will be retried"),
                exception.GetType().Name, orderNo), cancellationToken);
            throw;
        }
    }

    private async Task<OrderStatus?> DeliverInTransactionAsync(string orderNo, long deliveryJob, Order? paid, CancellationToken cancellationToken)
    {
        // A job from the outbox may find the order delivered already: a plain read answers it without taking
        // SQLite's write lock. Right after the payment the order is paid: no need to ask.
        if (paid is null &&
            await db.Orders.AsNoTracking().Where(o => o.OrderNo == orderNo).Select(o => (OrderStatus?)o.Status).FirstOrDefaultAsync(cancellationToken) is var known &&
            known != OrderStatus.Paid)
        {
            return known;
        }

        // A savepoint when the payment's transaction is open (delivery in line): a failure here undoes the delivery only.
        await using var transaction = await unitOfWork.BeginSavepointAsync(cancellationToken);
        var order = paid ?? await OrderReads.WithLinesByNumberAsync(db, orderNo, cancellationToken);
        if (order is not { Status: OrderStatus.Paid })
        {
            return order?.Status;
        }

        if (order.DeliveryHeld)
        {
            // Held for review by a checkout check: paid, and delivered once staff release it (HeldOrders).
            await CompleteJobAsync(deliveryJob, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return OrderStatus.Paid;
        }

        if (!await transitions.TryMoveAsync(order.Id, OrderStatus.Paid, OrderStatus.Delivering,
            new Bilingual("开始发货", "Delivery started"), "system", null, cancellationToken))
        {
            return await db.Orders.AsNoTracking().Where(o => o.Id == order.Id).Select(o => (OrderStatus?)o.Status).FirstOrDefaultAsync(cancellationToken);
        }

        var lines = order.Lines.OrderBy(l => l.Id).ToList();
        var handed = new List<long>();
        var delivered = 0;
        foreach (var line in lines.Where(l => !l.Fulfilled))
        {
            var result = await fulfilments.For(line).DeliverAsync(LineFulfilments.Describe(orderNo, line), cancellationToken);
            if (result.Delivered)
            {
                handed.Add(line.Id);
                delivered += result.Units;
            }
        }

        var complete = lines.All(l => l.Fulfilled || handed.Contains(l.Id));
        await MarkFulfilledAsync(order.Id, complete, handed, cancellationToken);

        var status = OrderStatus.Delivering;
        if (complete)
        {
            status = OrderStatus.Delivered;
            var now = clock.UtcNow;
            await transitions.TryMoveAsync(order.Id, OrderStatus.Delivering, OrderStatus.Delivered,
                new Bilingual($"已自动发货 {delivered} 个卡密", $"{delivered} codes delivered automatically"), "system",
                new OrderStamps { DeliveredUtc = now }, cancellationToken);
            if (order.ContactKind == ContactKind.Email)
            {
                await outbox.EnqueueAsync(OrderMailHandler.TopicName, new OrderJob(orderNo), null, cancellationToken);
            }
            await events.PublishAsync(new OrderDelivered(OrderSnapshots.Of(order), now), cancellationToken);
        }

        await CompleteJobAsync(deliveryJob, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return status;
    }

    /// <summary>Done here, so no worker claims the job only to find the order delivered (two more writes per order).</summary>
    private async Task CompleteJobAsync(long deliveryJob, CancellationToken cancellationToken)
    {
        if (deliveryJob != 0)
        {
            await outbox.CompleteAsync(deliveryJob, cancellationToken);
        }
    }

    /// <summary>
    /// One statement for the whole order when every line is handed over (the usual case: one round trip, as before
    /// fulfilments), else one per line handed over now; lines that wait for staff or a supplier stay open.
    /// </summary>
    private async Task MarkFulfilledAsync(long orderId, bool complete, IReadOnlyList<long> handed, CancellationToken cancellationToken)
    {
        if (complete)
        {
            await using var all = sql.Command(FulfilAllLines);
            ShellSql.Add(all, "@order", orderId);
            ShellSql.Add(all, "@yes", true);
            await all.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        foreach (var lineId in handed)
        {
            await using var one = sql.Command(FulfilLine);
            ShellSql.Add(one, "@order", orderId);
            ShellSql.Add(one, "@line", lineId);
            ShellSql.Add(one, "@yes", true);
            await one.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
