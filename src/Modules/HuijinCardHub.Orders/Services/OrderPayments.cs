using HuijinCardHub.Alerts;
using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Jobs;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Confirms payments. The first confirmation moves the order to paid and delivers at once in the same transaction,
/// under a savepoint; should the delivery fail, it is undone alone and a delivery job in the outbox (written in its
/// place, in the same transaction) retries it. A repeated notification changes nothing. A payment after expiry is
/// honoured (the codes are reserved again at delivery).
/// </summary>
internal sealed class OrderPayments(
    OrdersDbContext db,
    OrderTransitions transitions,
    OrderDelivery delivery,
    OrderAlerts alerts,
    IUnitOfWork unitOfWork,
    IOutbox outbox,
    IDurableEvents events,
    IClock clock,
    ILogger<OrderPayments> logger) : IOrderPayments
{
    /// <summary>
    /// The outbox job is the safety net for a delivery that failed right after the payment (or, for a delivery after
    /// the payment's commit, a process that dies in between): a worker retries it after this long.
    /// </summary>
    public static readonly TimeSpan SafetyNetDelay = TimeSpan.FromSeconds(5);

    // Delivery jobs written by this scope's payments for a delivery after the caller's commit, by order: that
    // delivery marks its job done.
    private readonly Dictionary<string, long> _deliveryJobs = new(StringComparer.Ordinal);

    // Orders this scope's payments moved to paid, as read with their lines: the delivery starts from them.
    private readonly Dictionary<string, Order> _paidOrders = new(StringComparer.Ordinal);

    public async Task<Money?> AmountDueAsync(string orderNo, CancellationToken cancellationToken = default)
    {
        var order = await db.Orders.AsNoTracking().Where(o => o.OrderNo == orderNo)
            .Select(o => new { o.Status, o.TotalFen }).FirstOrDefaultAsync(cancellationToken);
        return order is { Status: OrderStatus.PendingPayment } ? new Money(order.TotalFen) : null;
    }

    public async Task<PaymentConfirmation> ConfirmPaidAsync(string orderNo, Money amount, string channel, string? transactionId, CancellationToken cancellationToken = default)
    {
        return await RecordPaymentAsync(orderNo, amount, channel, transactionId, cancellationToken, deliverInLine: true);
    }

    /// <summary>
    /// The payment, inside the caller's transaction when one is open (pay with balance debits in the same one).
    /// </summary>
    /// <param name="deliverInLine">
    /// Deliver in the payment's own transaction, under a savepoint: one commit for both. A delivery that fails is
    /// undone alone and the payment stands; the outbox job retries the delivery.
    /// </param>
    public async Task<PaymentConfirmation> RecordPaymentAsync(string orderNo, Money amount, string channel, string? transactionId, CancellationToken cancellationToken, bool deliverInLine = false)
    {
        // Read before SQLite's writer queue is taken: the move to paid below is a compare-and-set on the status read
        // here, so a change in between makes it fail and the payment reads again. The lines come along for the
        // delivery that follows, which then needs no read of its own (lines do not change once ordered).
        var order = await OrderReads.WithLinesByNumberAsync(db, orderNo, cancellationToken)
            ?? throw new ShopException(OrderErrors.NotFound);
        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        if (OrderStatuses.IsPaid(order.Status) || order.Status == OrderStatus.Failed)
        {
            if (transactionId is not null && order.TransactionId is not null && transactionId != order.TransactionId)
            {
                await alerts.RaiseAsync(new AlertNotice(AlertKinds.PaymentAnomaly, AlertSeverity.Critical,
                    new Bilingual("订单重复支付", "Order paid twice"), $"{channel} {transactionId} after {order.TransactionId}", order.OrderNo), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new PaymentConfirmation(orderNo, order.Status, FirstTime: false);
        }

        if (amount != order.Total)
        {
            // Ended first: an alert written inside a transaction that is then rolled back would be lost.
            await transaction.CommitAsync(cancellationToken);
            await alerts.RaiseAsync(new AlertNotice(AlertKinds.PaymentAnomaly, AlertSeverity.Critical,
                new Bilingual("支付金额与订单不符", "Payment amount does not match the order"),
                $"{channel}: paid {amount}, order {order.Total}", order.OrderNo), cancellationToken);
            throw new ShopException(OrderErrors.AmountMismatch);
        }

        var now = clock.UtcNow;
        var why = order.Status == OrderStatus.PendingPayment
            ? new Bilingual($"已支付（{channel}）", $"Paid ({channel})")
            : new Bilingual($"订单{OrderStatuses.Name(order.Status).Chinese}后收到付款（{channel}），照常发货", $"Payment ({channel}) arrived after the order was {OrderStatuses.Name(order.Status).English.ToLowerInvariant()}; it is honoured");
        var moved = await transitions.TryMoveAsync(order.Id, order.Status, OrderStatus.Paid, why, channel,
            new OrderStamps { PaidUtc = now, PaymentChannel = channel, TransactionId = transactionId }, cancellationToken);
        if (!moved)
        {
            // Someone else confirmed (or expired it) between our read and our write: read again and let them win.
            await transaction.CommitAsync(cancellationToken);
            var current = await db.Orders.AsNoTracking().Where(o => o.Id == order.Id).Select(o => o.Status).FirstAsync(cancellationToken);
            return current == OrderStatus.PendingPayment || current == OrderStatus.Expired || current == OrderStatus.Cancelled
                ? await RecordPaymentAsync(orderNo, amount, channel, transactionId, cancellationToken, deliverInLine)
                : new PaymentConfirmation(orderNo, current, FirstTime: false);
        }

        order.Status = OrderStatus.Paid;
        _paidOrders[orderNo] = order;
        await events.PublishAsync(new OrderPaid(OrderSnapshots.Of(order), channel, transactionId, now), cancellationToken);
        var status = OrderStatus.Paid;
        if (deliverInLine)
        {
            // Payment and delivery commit together, so a delivery job is needed only when the delivery failed.
            status = await DeliverNowAsync(orderNo, cancellationToken) ?? OrderStatus.Paid;
            if (unitOfWork.Current is null)
            {
                // A failure outside the delivery's savepoint rolled the payment back too: the notification must not
                // be acknowledged, so the gateway sends it again.
                throw new InvalidOperationException($"The payment of order {orderNo} was rolled back with its failed delivery; it must be notified again.");
            }
        }

        // Not delivered in line: it failed, or the caller delivers after its commit (pay with balance), where the job
        // is the safety net should that fail or the process die in between, and the delivery marks it done.
        if (status == OrderStatus.Paid)
        {
            _deliveryJobs[orderNo] = await outbox.EnqueueAsync(OrderDeliveryHandler.TopicName, new OrderJob(orderNo), now + SafetyNetDelay, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new PaymentConfirmation(orderNo, status, FirstTime: true);
    }

    /// <summary>Delivery right after payment; a failure here is retried by the outbox job, so the buyer is never left with nothing.</summary>
    /// <returns>The order's status after the delivery; null when it failed.</returns>
    public async Task<OrderStatus?> DeliverNowAsync(string orderNo, CancellationToken cancellationToken)
    {
        try
        {
            return await delivery.DeliverAsync(orderNo, cancellationToken, _deliveryJobs.GetValueOrDefault(orderNo), _paidOrders.GetValueOrDefault(orderNo));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning("Delivery of order {OrderNo} failed at once and will be retried: {Reason}", orderNo, exception.Message);
            return null;
        }
    }
}

/// <summary>The outbox payload of order jobs.</summary>
internal sealed record OrderJob(string OrderNo);
