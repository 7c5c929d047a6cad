using HuijinCardHub.Payments.Domain;

namespace HuijinCardHub.Payments.Services;

/// <summary>
/// Sends money back through a payment's own channel. <see cref="RequestAsync"/> writes the refund (status Requested) in
/// the caller's transaction and schedules it; the gateway is called after the commit, retried while it cannot be
/// reached, and an alert is raised when it refuses or attempts run out. The same reference again refunds once.
/// </summary>
internal sealed class RefundDesk
{
    public Task<PaymentRefund> RequestAsync(Payment payment, Money amount, string reference, string reason, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Being built (issue 12).");
}
