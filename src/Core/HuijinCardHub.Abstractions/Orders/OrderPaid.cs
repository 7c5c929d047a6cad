namespace HuijinCardHub.Orders;

/// <summary>Raised after commit when a payment was confirmed for the first time.</summary>
public sealed record OrderPaid(string OrderNo, string? UserId, Money Total, string Channel, string? TransactionId);
