namespace HuijinCardHub.Orders;

/// <summary>Durable: a payment was confirmed for the first time (a repeated notification raises nothing).</summary>
public sealed record OrderPaid(OrderSnapshot Order, string Channel, string? TransactionId, DateTime PaidUtc);
