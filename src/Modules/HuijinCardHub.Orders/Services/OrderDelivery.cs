using HuijinCardHub.Alerts;
using HuijinCardHub.Catalog;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Jobs;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using HuijinCardHub.CardCodes;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Hands over the codes of a paid order, exactly once: the paid → delivering move is a compare-and-set, selling the
/// reserved codes is idempotent, and everything happens in one transaction. Codes released by an expiry before a
/// late payment are reserved again here; when stock is short the whole delivery rolls back, an alert is raised and
/// the outbox retries (importing codes then completes it).
/// </summary>
internal sealed class OrderDelivery(
    OrdersDbContext db,
    OrderTransitions transitions,
    IEnumerable<ICodeStock> codeStocks,
    OrderAlerts alerts,
    IUnitOfWork unitOfWork,
    ShellSql sql,
    IOutbox outbox,
    IDurableEvents events,
    IClock clock)
{
    private const string FulfilCodeLines = $"UPDATE {OrderTables.Lines} SET \"Fulfilled\" = @yes WHERE \"OrderId\" = @order AND \"Kind\" = @code";

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

        if (!await transitions.TryMoveAsync(order.Id, OrderStatus.Paid, OrderStatus.Delivering,
            new Bilingual("开始发货", "Delivery started"), "system", null, cancellationToken))
        {
            return await db.Orders.AsNoTracking().Where(o => o.Id == order.Id).Select(o => (OrderStatus?)o.Status).FirstOrDefaultAsync(cancellationToken);
        }

        var lines = order.Lines.OrderBy(l => l.Id).ToList();
        var delivered = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind == GoodsKind.Code)
            {
                delivered += await SellCodesAsync(order.OrderNo, lines[i], i + 1, cancellationToken);
            }
        }

        if (lines.Any(l => l.Kind == GoodsKind.Code))
        {
            await using var fulfil = sql.Command(FulfilCodeLines);
            ShellSql.Add(fulfil, "@order", order.Id);
            ShellSql.Add(fulfil, "@code", (int)GoodsKind.Code);
            ShellSql.Add(fulfil, "@yes", true);
            await fulfil.ExecuteNonQueryAsync(cancellationToken);
        }

        var status = OrderStatus.Delivering;
        if (lines.All(l => l.Kind == GoodsKind.Code))
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

        if (deliveryJob != 0)
        {
            // Done here, so no worker claims the job only to find the order delivered (two more writes per order).
            await outbox.CompleteAsync(deliveryJob, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return status;
    }

    /// <summary>Sells the line's reserved codes, reserving again what an expiry gave back. Returns how many the line holds.</summary>
    private async Task<int> SellCodesAsync(string orderNo, OrderLine line, int lineNumber, CancellationToken cancellationToken)
    {
        var stock = codeStocks.FirstOrDefault() ?? throw new ShopException(OrderErrors.OutOfStockFor(line.GoodsName));
        var holder = CodeHolder.For(orderNo, lineNumber);
        var sold = await stock.SellReservedAsync(holder, cancellationToken);
        var missing = line.Quantity - sold;
        if (missing > 0)
        {
            try
            {
                await stock.ReserveAsync(line.GoodsId, line.VariantId, missing, holder, cancellationToken);
            }
            catch (ShopException)
            {
                throw new ShopException(OrderErrors.OutOfStockFor(line.GoodsName));
            }

            sold = await stock.SellReservedAsync(holder, cancellationToken);
        }

        return sold;
    }
}
