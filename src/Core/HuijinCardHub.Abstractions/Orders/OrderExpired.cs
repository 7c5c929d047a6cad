namespace HuijinCardHub.Orders;

/// <summary>Durable: an unpaid order's time ran out and its reserved stock went back.</summary>
public sealed record OrderExpired(OrderSnapshot Order, DateTime ExpiredUtc);
