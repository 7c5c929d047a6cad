using HuijinCardHub.Payments.Sandbox.Domain;

namespace HuijinCardHub.Payments.Sandbox.Gateways;

/// <summary>The sandbox's own books: the payments the simulated gateways took and what they refunded.</summary>
internal interface ISandboxLedger
{
    /// <summary>
    /// Records a payment a shop created; the same gateway, merchant and out-trade-no again returns the first one
    /// (a gateway refuses a second, different payment under one number: the caller compares the amount).
    /// </summary>
    Task<SandboxPayment> CreateAsync(SandboxPaymentDraft draft, CancellationToken cancellationToken);

    Task<SandboxPayment?> FindAsync(string gateway, string merchantId, string outTradeNo, CancellationToken cancellationToken);

    Task<SandboxPayment?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>The payer's page for a payment: approve, decline, and the faults to send its notification with.</summary>
    string PayerPageUrl(SandboxPayment payment);

    /// <summary>
    /// A refund of a paid payment; the same out-refund-no again returns the first refund. Refuses (null) more than
    /// what is left. Its notification goes out when the gateway sends refund notifications.
    /// </summary>
    Task<SandboxRefund?> RefundAsync(SandboxPayment payment, string outRefundNo, long amountFen, CancellationToken cancellationToken);

    /// <summary>Closes an unpaid payment (the shop cancelled it); a paid one stays paid. Returns the payment as it now is.</summary>
    Task<SandboxPayment> CloseAsync(SandboxPayment payment, CancellationToken cancellationToken);
}
