namespace HuijinCardHub.Orders;

/// <summary>Durable: a refund, whole or part. <paramref name="RefundedInAll"/> counts this one and every earlier one.</summary>
/// <param name="Reference">What the refund answers ("ticket:12", "admin:..."), unique per refund of the order.</param>
public sealed record OrderRefunded(OrderSnapshot Order, Money Amount, Money RefundedInAll, bool Whole, string Reference, DateTime RefundedUtc);
