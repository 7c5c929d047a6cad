namespace HuijinCardHub.Orders;

/// <summary>Where a refund's money goes.</summary>
public enum RefundDestination
{
    /// <summary>To the member's balance, at once, in the refund's own transaction.</summary>
    Balance,

    /// <summary>Back through the channel that took the payment: the Payments module refunds at the gateway.</summary>
    OriginalChannel,
}
