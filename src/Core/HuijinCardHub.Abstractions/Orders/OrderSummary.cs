namespace HuijinCardHub.Orders;

public sealed record OrderSummary(
    string OrderNo,
    string? UserId,
    OrderStatus Status,
    Money Total,
    Money Refunded,
    string? PaymentChannel,
    DateTime CreatedUtc,
    DateTime? PaidUtc,
    IReadOnlyList<OrderLineSummary> Lines);
