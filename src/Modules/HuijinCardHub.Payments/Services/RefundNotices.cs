using HuijinCardHub.Payments;

namespace HuijinCardHub.Payments.Services;

/// <summary>Applies a gateway's refund notification (<see cref="NotificationOutcome.Refunded"/> or <see cref="NotificationOutcome.RefundFailed"/>) to the refund it names.</summary>
internal sealed class RefundNotices
{
    public Task<PaymentOutcome> ApplyAsync(NotificationVerdict verdict, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Being built (issue 12).");
}
