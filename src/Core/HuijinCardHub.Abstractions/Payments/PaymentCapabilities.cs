namespace HuijinCardHub.Payments;

/// <summary>What a provider supports beyond starting a payment.</summary>
[Flags]
public enum PaymentCapabilities
{
    None = 0,

    /// <summary>The gateway sends asynchronous notifications to the shop.</summary>
    Notifications = 1,

    /// <summary><see cref="IPaymentProvider.QueryAsync"/> asks the gateway (reconciliation can close a gap).</summary>
    Query = 2,

    /// <summary><see cref="IPaymentProvider.RefundAsync"/> gives money back through the gateway.</summary>
    Refund = 4,

    /// <summary>Partial refunds, not only whole ones.</summary>
    PartialRefund = 8,

    /// <summary>Only signed-in members may use it (the balance wallet).</summary>
    MembersOnly = 16,

    /// <summary>Balance top-ups may not be paid with it (paying the wallet with the wallet).</summary>
    NotForTopUp = 32,
}
