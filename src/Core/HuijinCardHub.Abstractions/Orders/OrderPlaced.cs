namespace HuijinCardHub.Orders;

/// <summary>Durable: an order was created (its stock already reserved), pending payment until <paramref name="ExpiresUtc"/>.</summary>
public sealed record OrderPlaced(OrderSnapshot Order, DateTime ExpiresUtc);
