namespace HuijinCardHub.Orders.Models;

/// <summary>One page of the filtered orders, with the count and sums of the whole filtered set.</summary>
internal sealed record OrderListPage(
    OrderFilter Filter,
    IReadOnlyList<OrderRow> Orders,
    int Total,
    Money TotalAmount,
    Money RefundedAmount,
    int Page,
    int PageCount,
    IReadOnlyList<string> Problems);

/// <summary>An order as the list shows it: no codes, no buyer inputs.</summary>
internal sealed record OrderRow(
    string OrderNo,
    OrderStatus Status,
    string Buyer,
    string? Contact,
    string Goods,
    Money Total,
    Money Refunded,
    string? Channel,
    DateTime CreatedUtc);
