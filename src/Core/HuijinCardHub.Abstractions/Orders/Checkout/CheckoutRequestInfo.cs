namespace HuijinCardHub.Orders.Checkout;

/// <param name="ClientIp">The visitor's address as the shop counts it (IPv6 by its /64).</param>
/// <param name="RequestId">The checkout form's id: the order's idempotency key (a repeat of it returns the same order).</param>
public sealed record CheckoutRequestInfo(string? ClientIp, string? UserAgent, string? RequestId);
