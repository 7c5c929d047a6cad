namespace HuijinCardHub.Orders;

/// <summary>Raised after commit when every line of the order was delivered.</summary>
public sealed record OrderDelivered(string OrderNo, string? UserId);
