namespace HuijinCardHub.Payments;

/// <summary>What a verified notification says, or that it did not verify.</summary>
public enum NotificationOutcome
{
    /// <summary>Did not verify (signature, another merchant, stale, unknown key serial, malformed): nothing changes.</summary>
    Invalid,

    /// <summary>The payment succeeded (Alipay TRADE_SUCCESS or TRADE_FINISHED, WeChat SUCCESS, UnionPay respCode 00...).</summary>
    Paid,

    /// <summary>Genuine, but not a success (waiting for the buyer, closed): recorded, acknowledged, nothing delivered.</summary>
    NotPaid,

    /// <summary>A refund went through at the gateway.</summary>
    Refunded,

    /// <summary>A refund failed at the gateway.</summary>
    RefundFailed,
}
