namespace HuijinCardHub.Orders;

/// <summary>Raised after commit when an order was created (codes already reserved).</summary>
public sealed record OrderPlaced(string OrderNo, string? UserId, Money Total);
