using System.Text.Json;
using HuijinCardHub.Catalog;
using HuijinCardHub.Orders.Domain;
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

    public static Bilingual Kind(GoodsKind kind) => kind switch
    {
        GoodsKind.Code => new("自动发卡", "Auto-delivered code"),
        GoodsKind.DirectTopUp => new("直充", "Direct top-up"),
        _ => new("人工发货", "Manual delivery"),
    };

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
