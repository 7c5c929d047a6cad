namespace HuijinCardHub.Orders;

/// <summary>Raised after commit for a refund, whole or part.</summary>
public sealed record OrderRefunded(string OrderNo, string? UserId, Money Amount, bool Whole);
