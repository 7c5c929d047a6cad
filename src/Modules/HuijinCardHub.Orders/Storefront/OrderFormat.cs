using System.Text.Json;
using HuijinCardHub.Orders.Domain;
using HuijinCardHub.Orders.Fulfilment;
using HuijinCardHub.Orders.Services;
using HuijinCardHub.Text;
using HuijinCardHub.Time;

namespace HuijinCardHub.Orders.Storefront;

/// <summary>How orders read on the storefront: yuan without the sign, times in China, kinds and states in words.</summary>
internal static class OrderFormat
{
    public static string Yuan(long fen) => new Money(fen).ToYuanString();

    public static string Time(DateTime utc) => ShopTime.Format(utc);

    public static string Url(string orderNo) => "/order/" + orderNo;

    /// <summary>A line whose goods kind no enabled feature serves (its module was switched off).</summary>
    public static readonly Bilingual UnknownKind = new("暂不可发货", "Not deliverable now");

    /// <summary>
    /// What the buyer reads beside a line: the review wait while held, the order's end when it ended undelivered, else
    /// what the line's fulfilment says.
    /// </summary>
    public static Bilingual Progress(Order order, IOrderLineFulfilment? fulfilment, FulfilmentLine line, bool delivered)
    {
        if (!delivered && order.Status is not (OrderStatus.PendingPayment or OrderStatus.Paid or OrderStatus.Delivering))
        {
            // Ended before it was handed over (expired, cancelled, refunded): nothing is waiting any more.
            return OrderStatuses.Name(order.Status);
        }

        if (order.DeliveryHeld)
        {
            return new Bilingual("订单审核中，审核通过后发货", "Under review: delivered once approved");
        }

        return fulfilment?.ForBuyer(line, delivered) ?? UnknownKind;
    }

    public static DiscountModel Discount(OrderDiscount discount) => new(
        discount.LineNumber,
        new Bilingual(discount.LabelZh, discount.LabelEn).ToString(),
        Yuan(discount.AmountFen),
        discount.AskedFen > discount.AmountFen ? DiscountCut(discount).ToString() : null);

    /// <summary>What the margin floor cut off a discount, in words.</summary>
    public static Bilingual DiscountCut(OrderDiscount discount) => new(
        $"最低利润保护：优惠 ¥{Yuan(discount.AskedFen)} 减为 ¥{Yuan(discount.AmountFen)}",
        $"Minimum margin: discount of ¥{Yuan(discount.AskedFen)} cut to ¥{Yuan(discount.AmountFen)}");

    public static Bilingual Channel(string? channel) => channel switch
    {
        "balance" => new("余额支付", "Balance"),
        "instant" => new("测试通道（沙箱）", "Test channel (sandbox)"),
        null => new("—", "—"),
        _ => new(channel, channel),
    };

    public static Bilingual TicketStatusName(TicketStatus status) => status switch
    {
        TicketStatus.Open => new("处理中", "Open"),
        TicketStatus.Replaced => new("已更换", "Replaced"),
        TicketStatus.Refunded => new("已退款", "Refunded"),
        _ => new("已驳回", "Rejected"),
    };

    public static IReadOnlyList<NameValueModel> Inputs(string json)
    {
        var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        return values.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new NameValueModel(p.Key, p.Value!)).ToList();
    }

    public static TicketModel Ticket(AfterSalesTicket ticket) => new(
        ticket.Id, ticket.OrderNo, ticket.Reason, ticket.Status.ToString(), TicketStatusName(ticket.Status).ToString(), ticket.Resolution,
        Time(ticket.CreatedUtc), Url(ticket.OrderNo));

    public static OrderRowModel Row(Order order) => new(
        order.OrderNo, Url(order.OrderNo),
        string.Join("、", order.Lines.Select(l => $"{l.GoodsName} × {l.Quantity}")),
        Yuan(order.TotalFen), order.Status.ToString(), OrderStatuses.Name(order.Status).ToString(), Time(order.CreatedUtc));
}
