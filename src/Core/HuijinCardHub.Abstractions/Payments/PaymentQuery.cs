namespace HuijinCardHub.Payments;

/// <summary>A payment to ask the gateway about.</summary>
public sealed record PaymentQuery(string PaymentNo, string Method, string? GatewayTradeNo, Money Amount, DateTime CreatedUtc);
