namespace HuijinCardHub.Orders;
/// <summary>
/// What a payment provider tells the orders module after it verified a notification (signature, merchant,
/// amount). Confirming twice is a no-op: the second call returns the order's state and delivers nothing again.
/// </summary>
public interface IOrderPayments
{
    /// <summary>The amount to charge for an order still pending payment; null when it cannot be paid.</summary>
    Task<Money?> AmountDueAsync(string orderNo, CancellationToken cancellationToken = default);

    /// <param name="amount">What the gateway says was paid; a mismatch is refused and raises a payment-anomaly alert.</param>
    Task<PaymentConfirmation> ConfirmPaidAsync(string orderNo, Money amount, string channel, string? transactionId, CancellationToken cancellationToken = default);
}
