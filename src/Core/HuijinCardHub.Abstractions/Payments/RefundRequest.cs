namespace HuijinCardHub.Payments;

/// <summary>A refund of all or part of one paid payment, back to where the money came from.</summary>
/// <param name="RefundNo">The shop's number for this refund (out_refund_no); the same number again refunds once.</param>
/// <param name="PaymentAmount">What the payment took in all (WeChat wants it with every refund).</param>
/// <param name="NotifyUrl">Where the gateway may send the refund's own notification.</param>
/// <param name="UserId">The member who paid, when one did (the balance wallet credits them).</param>
public sealed record RefundRequest(
    string RefundNo,
    string PaymentNo,
    string Method,
    string? GatewayTradeNo,
    Money PaymentAmount,
    Money Amount,
    string Reason,
    string NotifyUrl,
    string? UserId);
