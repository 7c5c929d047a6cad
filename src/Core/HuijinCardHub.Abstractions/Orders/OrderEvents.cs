namespace HuijinCardHub.Orders;

/// <summary>Raised after commit when an order was created (codes already reserved).</summary>
public sealed record OrderPlaced(string OrderNo, string? UserId, Money Total);

/// <summary>Raised after commit when a payment was confirmed for the first time.</summary>
public sealed record OrderPaid(string OrderNo, string? UserId, Money Total, string Channel, string? TransactionId);

/// <summary>Raised after commit when every line of the order was delivered.</summary>
public sealed record OrderDelivered(string OrderNo, string? UserId);

/// <summary>Raised after commit for a refund, whole or part.</summary>
public sealed record OrderRefunded(string OrderNo, string? UserId, Money Amount, bool Whole);

/// <summary>Raised after commit when an unpaid order expired and gave its codes back.</summary>
public sealed record OrderExpired(string OrderNo);
