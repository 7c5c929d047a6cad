using HuijinCardHub.Text;

namespace HuijinCardHub.Payments;

/// <summary>A provider's reading of a notification it verified (or why it did not).</summary>
/// <param name="PaymentNo">The shop's payment number the gateway names (out_trade_no, orderId).</param>
/// <param name="Amount">What the gateway says was paid (or refunded), in fen as the gateway gave it: the caller compares.</param>
/// <param name="GatewayTradeNo">The gateway's own number for the payment (trade_no, transaction_id, queryId).</param>
/// <param name="RefundNo">For refund notifications, the shop's refund number.</param>
/// <param name="Problem">Why it is <see cref="NotificationOutcome.Invalid"/>, in both languages.</param>
/// <param name="GatewayState">The gateway's own status text (TRADE_SUCCESS, NOTPAY...), kept on the stored notification.</param>
public sealed record NotificationVerdict(
    NotificationOutcome Outcome,
    string? PaymentNo = null,
    Money? Amount = null,
    string? GatewayTradeNo = null,
    string? RefundNo = null,
    Bilingual? Problem = null,
    string? GatewayState = null)
{
    public static NotificationVerdict Invalid(Bilingual problem) => new(NotificationOutcome.Invalid, Problem: problem);
}
