namespace HuijinCardHub.Payments.Domain;

internal enum PaymentStatus
{
    /// <summary>Created at the gateway (or about to be); waiting for the buyer and the notification.</summary>
    Pending = 0,

    /// <summary>The gateway says paid, verified (signature, merchant, amount).</summary>
    Paid = 1,

    /// <summary>Could not be created at the gateway, or declined: the buyer may pick another channel.</summary>
    Failed = 2,

    /// <summary>Never paid and no longer payable (expired, closed at the gateway).</summary>
    Closed = 3,

    PartlyRefunded = 4,

    Refunded = 5,
}
