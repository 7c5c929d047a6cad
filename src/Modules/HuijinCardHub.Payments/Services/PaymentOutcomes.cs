using HuijinCardHub.Payments.Domain;

namespace HuijinCardHub.Payments.Services;

/// <summary>
/// The one place a verified "paid" is applied to a payment, whoever learnt it (a notification, a query by
/// reconciliation, the wallet paying at once): the payment moves to paid once, the order is confirmed (or the top-up
/// credited), and money that arrives at the wrong time is handled. Idempotent.
/// </summary>
internal sealed class PaymentOutcomes
{
    /// <param name="amount">What the gateway says was paid, compared in fen with the payment's amount.</param>
    public Task<PaymentOutcome> PaidAsync(Payment payment, Money amount, string? gatewayTradeNo, NotificationSource source, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Being built (issue 12).");
}

/// <summary>What applying a payment did.</summary>
/// <param name="Verdict">Stored on the notification: "delivered", "duplicate", "refused: amount", "refunded: second payment"...</param>
/// <param name="Accepted">Whether the gateway is told the notification was accepted (stop sending).</param>
internal sealed record PaymentOutcome(string Verdict, bool Accepted, string? Problem = null);
