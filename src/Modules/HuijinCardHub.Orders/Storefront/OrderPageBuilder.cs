using HuijinCardHub.Orders.Data;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Theming;
using Microsoft.EntityFrameworkCore;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>
/// Builds the order page. Codes are decrypted only when <c>unlocked</c> (the viewer may see them), and handed to the
/// renderer beside the model (<see cref="ICodesOnPage"/>), never in it: a merchant's template cannot read them.
/// </summary>
internal sealed class OrderPageBuilder(OrdersDbContext db, OrderCashier cashier, LineFulfilments fulfilments, ICodesOnPage codesOnPage)
{
    public async Task<OrderViewModel> BuildAsync(Order order, bool unlocked, string? userId, string formToken, string? error, string? notice, CancellationToken cancellationToken)
    {
        var timeline = unlocked
            ? await db.Events.AsNoTracking().Where(e => e.OrderId == order.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken)
            : [];
        var tickets = unlocked
            ? await db.Tickets.AsNoTracking().Where(t => t.OrderId == order.Id).OrderBy(t => t.Id).ToListAsync(cancellationToken)
            : [];
        var replaced = tickets.Where(t => t.Status == TicketStatus.Replaced && t.CodeId is not null).Select(t => t.CodeId!.Value).ToHashSet();
        var lines = new List<OrderLineModel>();
        var codesByLine = new Dictionary<int, IReadOnlyList<CodeOnPage>>();
        var ordered = order.Lines.OrderBy(l => l.Id).ToList();
        // A locked page tells nothing but that the order exists: no goods, no inputs, no codes.
        for (var i = 0; unlocked && i < ordered.Count; i++)
        {
            var line = ordered[i];
            var fulfilment = fulfilments.Find(line.Fulfilment);
            var described = LineFulfilments.Describe(order.OrderNo, line);
            var codes = fulfilment is null
                ? []
                : (await fulfilment.RevealAsync(described, cancellationToken)).Select(c => new CodeOnPage(c.CodeId, c.CardNumber, c.Password, replaced.Contains(c.CodeId))).ToList();
            codesByLine[i + 1] = codes;
            lines.Add(new OrderLineModel(
                i + 1,
                line.GoodsName, line.VariantName, (fulfilment?.Name ?? OrderFormat.UnknownKind).ToString(), line.Quantity,
                OrderFormat.Yuan(line.UnitPriceFen), OrderFormat.Yuan(line.UnitPriceFen * line.Quantity),
                OrderFormat.Inputs(line.InputsJson), codes.Select(c => new CodeModel(c.Id, c.Replaced)).ToList(), line.DeliveryNote, line.Fulfilled,
                OrderFormat.Progress(order, fulfilment, described, line.Fulfilled).ToString()));
        }

        var pending = order.Status == OrderStatus.PendingPayment;
        var channels = unlocked && pending
            ? (await cashier.ChannelsAsync(order, userId, cancellationToken)).Select(c => new PayChannelModel(c, OrderFormat.Channel(c).ToString())).ToList()
            : [];
        var model = new OrderViewModel(
            order.OrderNo,
            order.Status.ToString(),
            OrderStatuses.Name(order.Status).ToString(),
            OrderFormat.Yuan(order.TotalFen),
            order.RefundedFen > 0 ? OrderFormat.Yuan(order.RefundedFen) : null,
            OrderFormat.Time(order.CreatedUtc),
            pending ? OrderFormat.Time(order.ExpiresUtc) : null,
            order.PaidUtc is { } paid ? OrderFormat.Time(paid) : null,
            order.PaymentChannel is null ? null : OrderFormat.Channel(order.PaymentChannel).ToString(),
            pending,
            order.Status is OrderStatus.Delivered or OrderStatus.Completed,
            !unlocked,
            unlocked && AfterSales.CanReport(order.Status),
            channels,
            lines,
            timeline.Select(e => new TimelineModel(OrderFormat.Time(e.CreatedUtc), new Text.Bilingual(e.TextZh, e.TextEn).ToString(),
                e.ToStatus is { } to ? OrderStatuses.Name(to).ToString() : null)).ToList(),
            tickets.Select(OrderFormat.Ticket).ToList(),
            formToken,
            error,
            notice,
            unlocked ? OrderDiscounts.Read(order.DiscountsJson).Select(OrderFormat.Discount).ToList() : []);
        codesOnPage.Attach(model, codesByLine);
        return model;
    }
}
