namespace HuijinCardHub.Orders;

/// <summary>Durable: an unpaid order was cancelled (by the buyer or staff, named by <paramref name="Actor"/>) and its reserved stock went back.</summary>
public sealed record OrderCancelled(OrderSnapshot Order, string Actor, DateTime CancelledUtc);
