using HuijinCardHub.Events;
using HuijinCardHub.Orders;
using HuijinCardHub.Samples.GiftCards.Data;
using HuijinCardHub.Samples.GiftCards.Domain;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Samples.GiftCards.Services;

/// <summary>
/// A durable subscriber of OrderPaid: notes each paid line of gift cards for the buyer's "My gift cards" page. It needs
/// no query back into Orders (the event carries the lines). The kernel runs it at most once per event; the order
/// number check also keeps a second OrderPaid of the same order (it raises none today) from counting twice.
/// </summary>
internal sealed class GiftCardPurchaseRecorder(GiftCardsDbContext db) : IDurableEventHandler<OrderPaid>
{
    public async Task HandleAsync(OrderPaid shopEvent, DurableEventContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shopEvent);
        ArgumentNullException.ThrowIfNull(context);
        var order = shopEvent.Order;
        var lines = order.Lines.Where(l => l.Kind == GiftCardKind.Key).ToList();
        if (lines.Count == 0 || await db.Purchases.AnyAsync(p => p.OrderNo == order.OrderNo, cancellationToken))
        {
            return;
        }

        foreach (var line in lines)
        {
            db.Purchases.Add(new GiftCardPurchase
            {
                EventId = context.EventId,
                OrderNo = order.OrderNo,
                UserId = order.Buyer.UserId,
                GoodsName = line.GoodsName,
                Quantity = line.Quantity,
                PaidUtc = shopEvent.PaidUtc,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
