using HuijinCardHub.Data;
using HuijinCardHub.Events;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Text;
using HuijinCardHub.Time;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Staff mark a line that waits for them (manual goods, a top-up no supplier made) as delivered, with a note the buyer
/// reads. Lines a fulfilment hands over itself are marked in the delivery, in the same transaction as the move to
/// delivering, so a delivering order's open lines are exactly the ones that wait for staff or a supplier. When the last open line
/// is done the order moves delivering → delivered. Touching the order row first makes two staff members finishing
/// the last two lines at once queue up, so one of them always sees every line done and completes the order.
/// </summary>
internal sealed class ManualFulfilment(
    OrdersDbContext db,
    OrderTransitions transitions,
    OrderTimeline timeline,
    StaffAudit audit,
    IUnitOfWork unitOfWork,
    IDurableEvents events,
    IClock clock)
{
    public const int MaxNoteLength = 2000;

    /// <summary>Returns true when this made the whole order delivered.</summary>
    public async Task<bool> FulfilAsync(string orderNo, long lineId, string? note, string staff, CancellationToken cancellationToken)
    {
        var text = (note ?? "").Trim();
        if (text.Length is 0 or > MaxNoteLength)
        {
            throw new ShopException(new Bilingual($"请填写发货说明（1-{MaxNoteLength} 个字），买家会在订单页看到", $"Write a delivery note (1-{MaxNoteLength} characters); the buyer sees it on the order page"));
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        var now = clock.UtcNow;
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.OrderNo == orderNo, cancellationToken)
            ?? throw new ShopException(OrderErrors.NotFound);
        var line = order.Lines.FirstOrDefault(l => l.Id == lineId)
            ?? throw new ShopException(new Bilingual("订单中没有这一行商品", "The order has no such line"));
        if (order.Status != OrderStatus.Delivering)
        {
            throw new ShopException(new Bilingual(
                $"订单状态为「{OrderStatuses.Name(order.Status).Chinese}」，只有发货中的订单可以标记发货",
                $"The order is {OrderStatuses.Name(order.Status).English.ToLowerInvariant()}; only an order being delivered can be marked delivered"));
        }

        await db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.UpdatedUtc, now), cancellationToken);
        var marked = await db.Lines.Where(l => l.Id == lineId && l.OrderId == order.Id && !l.Fulfilled)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Fulfilled, true).SetProperty(l => l.DeliveryNote, text), cancellationToken);
        if (marked == 0)
        {
            throw new ShopException(new Bilingual("这一行已经发货", "This line was already delivered"));
        }

        timeline.Note(order.Id, new Bilingual($"人工发货：{line.GoodsName} × {line.Quantity}", $"Delivered by staff: {line.GoodsName} × {line.Quantity}"), staff);
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync("orders.fulfil", order.OrderNo, $"line {line.Id}: {line.GoodsName} × {line.Quantity}", cancellationToken);

        var complete = false;
        if (!await db.Lines.AnyAsync(l => l.OrderId == order.Id && !l.Fulfilled, cancellationToken))
        {
            complete = await transitions.TryMoveAsync(order.Id, OrderStatus.Delivering, OrderStatus.Delivered,
                new Bilingual("全部商品已发货", "Every line delivered"), staff, new OrderStamps { DeliveredUtc = now }, cancellationToken);
            if (complete)
            {
                await events.PublishAsync(new OrderDelivered(OrderSnapshots.Of(order), now), cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return complete;
    }
}
