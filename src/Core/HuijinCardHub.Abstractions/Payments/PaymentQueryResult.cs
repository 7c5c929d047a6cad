namespace HuijinCardHub.Payments;

/// <summary>Where the gateway says a payment stands.</summary>
/// <param name="Amount">What was paid, when <see cref="PaymentQueryState.Paid"/>.</param>
public sealed record PaymentQueryResult(PaymentQueryState State, Money? Amount = null, string? GatewayTradeNo = null, string? GatewayState = null);
