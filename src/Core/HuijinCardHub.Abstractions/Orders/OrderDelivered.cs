namespace HuijinCardHub.Orders;

/// <summary>Durable: every line of the order was delivered (codes handed over, or staff fulfilled the last line).</summary>
public sealed record OrderDelivered(OrderSnapshot Order, DateTime DeliveredUtc);
