using System.Text.Json;
using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Orders.Storefront;
using HuijinCardHub.Orders.Models;
using HuijinCardHub.Text;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Services;

/// <summary>
/// Reads one order for staff: lines with what the buyer typed, payment, timeline and tickets. Of the codes only
/// their ids are kept; revealing a code is the card-code module's business, with its own permission and audit.
/// </summary>
internal sealed class OrderDetailReader(OrdersDbContext db, LineFulfilments fulfilments)
{
    public async Task<OrderDetailPage?> ReadAsync(string orderNo, CancellationToken cancellationToken)
    {
        if (!OrderNumbers.LooksValid(orderNo))
        {
            return null;
        }

        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.OrderNo == orderNo, cancellationToken);
        return order is null ? null : await ReadAsync(order, cancellationToken);
    }

    public async Task<OrderDetailPage> ReadAsync(Order order, CancellationToken cancellationToken)
    {
        var events = await db.Events.AsNoTracking().Where(e => e.OrderId == order.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var tickets = await db.Tickets.AsNoTracking().Where(t => t.OrderId == order.Id).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var lines = new List<AdminLineView>();
        var ordered = order.Lines.OrderBy(l => l.Id).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var line = ordered[i];
            var fulfilment = fulfilments.Find(line.Fulfilment);
            var described = LineFulfilments.Describe(order.OrderNo, line);
            // The fulfilment only hands codes out decrypted; keep the ids and let the text go at once.
            var codeIds = fulfilment is null ? [] : (await fulfilment.RevealAsync(described, cancellationToken)).Select(c => c.CodeId).ToList();
            lines.Add(new AdminLineView(
                line.Id, i + 1, line.GoodsName, line.VariantName, fulfilment?.Name ?? OrderFormat.UnknownKind, line.Quantity, new Money(line.UnitPriceFen), new Money(line.CostFen),
                Inputs(line.InputsJson), codeIds, line.Fulfilled, line.DeliveryNote,
                OrderFormat.Progress(order, fulfilment, described, line.Fulfilled)));
        }

        return new OrderDetailPage(
            order.OrderNo, order.Status, order.UserId, order.UserName, order.Contact, order.Total, order.Refunded, order.PaymentChannel,
            order.TransactionId, order.CreatedUtc, order.ExpiresUtc, order.PaidUtc, order.DeliveredUtc, order.ClientIp, lines,
            events.Select(e => new AdminTimelineEntry(e.CreatedUtc, new Bilingual(e.TextZh, e.TextEn), e.Actor, e.FromStatus, e.ToStatus)).ToList(),
            tickets.Select(TicketRow.From).ToList())
        {
            DeliveryHeld = order.DeliveryHeld,
            Discounts = OrderDiscounts.Read(order.DiscountsJson),
        };
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Inputs(string json)
    {
        try
        {
            var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
            return values.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new KeyValuePair<string, string>(p.Key, p.Value!)).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
